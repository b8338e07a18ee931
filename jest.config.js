/** One jest run for the whole repository: unit tests beside the code, cross-package tests in tests/. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    "^@council/core$": "<rootDir>/core/src/index.ts",
    // @microsoft/app-manifest loads strip-bom 5, an ES module jest cannot load on Node 20.
    "^strip-bom$": "<rootDir>/node_modules/strip-bom/index.js",
  },
  testMatch: ["<rootDir>/{core,bot,tab}/src/**/*.test.ts?(x)", "<rootDir>/tests/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  testTimeout: 30000,
};
