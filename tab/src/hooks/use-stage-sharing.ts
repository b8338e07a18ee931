import { useCallback, useEffect, useState } from "react";
import { canShareToStage, shareToStage } from "../teams/stage-sharing";

/**
 * Whether the share-to-stage button can show (inside a Teams meeting, when Teams allows it) and
 * the share itself, with its last outcome.
 */
export function useStageSharing(
  frameContext: string | undefined,
  stageUrl: string,
): { available: boolean; share: () => void; shared: boolean; error?: string } {
  const [available, setAvailable] = useState(false);
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    void canShareToStage(frameContext).then((can) => current && setAvailable(can));
    return () => {
      current = false;
    };
  }, [frameContext]);

  const share = useCallback(() => {
    setError(undefined);
    shareToStage(stageUrl).then(
      () => setShared(true),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, [stageUrl]);

  return { available, share, shared, error };
}
