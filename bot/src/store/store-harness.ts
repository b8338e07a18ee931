/** A fresh store for one contract test, and how to release it afterwards. */
export interface StoreHarness<T> {
  store: T;
  dispose(): Promise<void>;
}
