/** A text or image field of a GT or Xaml title input, as `<text index name>` in the XML. */
export interface VmixTitleField {
  index: number;
  /** The name as SetText's SelectedName takes it: `Name.Text` for GT, `Message` for Xaml. */
  name: string;
  value: string;
}

/** One input of the vMix state. Address it by `key`: numbers shift when inputs are reordered. */
export interface VmixInput {
  key: string;
  number?: number;
  type: string;
  title: string;
  shortTitle?: string;
  state?: string;
  texts: VmixTitleField[];
  images: VmixTitleField[];
}

/** An overlay channel (1 to 8) and what it shows; vMix gives input numbers, keys are resolved. */
export interface VmixOverlay {
  number: number;
  inputNumber?: number;
  inputKey?: string;
  /** The overlay is shown on preview only. */
  preview: boolean;
}

/** An output (recording, streaming, external...) as vMix reports it. */
export interface VmixOutput {
  active: boolean;
  /** Seconds since the output started; vMix gives it for recording in newer versions. */
  durationSeconds?: number;
  filename?: string;
}

/** The vMix XML state document, read leniently: absent parts are empty, not errors. */
export interface VmixState {
  version?: string;
  edition?: string;
  preset?: string;
  inputs: VmixInput[];
  overlays: VmixOverlay[];
  previewNumber?: number;
  activeNumber?: number;
  previewKey?: string;
  activeKey?: string;
  fadeToBlack: boolean;
  recording: VmixOutput;
  streaming: VmixOutput;
  external: boolean;
  multiCorder: boolean;
}
