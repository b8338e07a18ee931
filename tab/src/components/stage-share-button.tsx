import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { useStageSharing } from "../hooks/use-stage-sharing";

export interface StageShareButtonProps {
  frameContext: string | undefined;
  stageUrl: string;
}

const useStyles = makeStyles({
  box: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The chair puts the stage view on the meeting stage; shown only where Teams allows it. */
export function StageShareButton({ frameContext, stageUrl }: StageShareButtonProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { available, share, shared, error } = useStageSharing(frameContext, stageUrl);
  if (!available) return null;
  return (
    <div className={styles.box}>
      <Button onClick={share} data-testid="share-stage">
        {t.chair.shareStage}
      </Button>
      {shared ? <Caption1 role="status">{t.chair.stageShared}</Caption1> : null}
      {error ? <Caption1 role="alert">{error}</Caption1> : null}
    </div>
  );
}
