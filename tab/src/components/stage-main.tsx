import type { SessionState, VoteOutcome } from "@council/core";
import { explainResult, tallyVote } from "@council/core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { currentItem } from "../session/item-number";
import type { MemberBallot } from "../session/named-votes";
import { remainingMs, speakingLimitMs } from "../session/speaking-time";
import { speakingOrder } from "../session/speaking-order";
import { stageMode } from "../session/stage-mode";
import { voteMotion } from "../session/vote-motion";
import { BallotSymbol } from "./ballot-symbol";
import { GroupLegend } from "./group-legend";
import { Hemicycle } from "./hemicycle";
import { SpeakerCountdown } from "./speaker-countdown";
import { StageTally } from "./stage-tally";

export interface StageMainProps {
  state: SessionState;
  serverNowMs: number;
}

const outcomeSymbol: Record<VoteOutcome, MemberBallot> = {
  adopted: "yes",
  rejected: "no",
  void: "abstain",
};

const useStyles = makeStyles({
  split: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.15fr)",
    gap: "3vw",
    minHeight: 0,
  },
  column: { display: "flex", flexDirection: "column", gap: "1.6vh", minHeight: 0, minWidth: 0 },
  fixed: { flexShrink: 0 },
  map: {
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: "1.5vh",
  },
  needed: { fontSize: "min(1.9vw, 3.4vh)", fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  heading: {
    margin: 0,
    flexShrink: 0,
    fontSize: "min(2.2vw, 3.9vh)",
    fontWeight: tokens.fontWeightSemibold,
  },
  text: {
    margin: 0,
    fontSize: "min(1.9vw, 3.4vh)",
    lineHeight: 1.3,
    flexShrink: 0,
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  draft: { WebkitLineClamp: "8" },
  motion: { WebkitLineClamp: "2", color: tokens.colorNeutralForeground2 },
  label: { fontSize: "min(1.7vw, 3vh)", color: tokens.colorNeutralForeground2 },
  speaker: {
    margin: 0,
    fontSize: "min(4.4vw, 7.8vh)",
    lineHeight: 1.1,
    fontWeight: tokens.fontWeightBold,
  },
  outcome: {
    flexShrink: 0,
    display: "inline-flex",
    alignItems: "center",
    gap: "1vw",
    alignSelf: "flex-start",
    padding: "1vh 1.6vw",
    borderRadius: tokens.borderRadiusXLarge,
    fontSize: "min(4vw, 7vh)",
    fontWeight: tokens.fontWeightBold,
  },
  adopted: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorStatusSuccessForeground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  rejected: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder1}`,
  },
  void: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder1}`,
  },
  queue: { margin: 0, paddingInlineStart: "2.5vw", fontSize: "min(2vw, 3.6vh)", lineHeight: 1.4 },
});

/**
 * The stage's main panel, by the state of the session: the live vote with tally and seat map,
 * its result with the explanation, the speaker with a countdown big enough for the back row,
 * or the item's draft resolution with the queue.
 */
export function StageMain({ state, serverNowMs }: StageMainProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const mode = stageMode(state);
  const item = currentItem(state);
  const draft = item ? (
    <div className={styles.column}>
      <span className={styles.label}>{t.item.draftResolution}</span>
      <p className={`${styles.text} ${styles.draft}`}>{item.draftResolution ?? t.item.noDraft}</p>
      {item.reporter ? (
        <span className={styles.label}>{t.agenda.reporter(item.reporter)}</span>
      ) : null}
    </div>
  ) : null;
  const next = speakingOrder(state.queue).slice(0, 5);
  const nameOf = (id: string) => state.members.find((m) => m.id === id)?.name ?? id;
  const queue =
    next.length > 0 ? (
      <div className={styles.column}>
        <span className={styles.label}>{t.stage.nextSpeakers}</span>
        <ol className={styles.queue} data-testid="stage-queue">
          {next.map((r) => (
            <li key={r.memberId}>
              {nameOf(r.memberId)}
              {r.kind === "speech" ? "" : ` (${t.floorKind[r.kind]})`}
            </li>
          ))}
        </ol>
      </div>
    ) : null;

  if (mode.kind === "vote" || mode.kind === "result") {
    const vote = mode.vote;
    const result = vote.result;
    return (
      <section className={styles.split} data-testid={`stage-${mode.kind}`} data-vote={vote.id}>
        <div className={styles.column}>
          <h3 className={styles.heading}>
            {mode.kind === "vote"
              ? t.vote.title(vote.number, t.purpose[vote.purpose.kind])
              : t.result.title(vote.number)}
          </h3>
          <p className={`${styles.text} ${styles.motion}`}>{voteMotion(vote, t)}</p>
          {result ? (
            <>
              <span
                className={`${styles.outcome} ${styles[result.outcome]}`}
                data-testid="stage-outcome"
                data-outcome={result.outcome}
              >
                <BallotSymbol ballot={outcomeSymbol[result.outcome]} />
                {t.outcome[result.outcome]}
              </span>
              <p className={styles.text} data-testid="stage-explanation">
                {explainResult(result, lang)}
              </p>
            </>
          ) : null}
          <StageTally state={state} vote={vote} />
          {result ? null : (
            <span className={styles.needed} data-testid="stage-needed">
              {t.vote.neededLine(tallyVote(state, vote.id)?.needed ?? null)}
            </span>
          )}
        </div>
        <div className={styles.map}>
          <Hemicycle state={state} vote={vote} />
          <GroupLegend state={state} />
        </div>
      </section>
    );
  }

  if (mode.kind === "speaker" && state.floor) {
    const floor = state.floor;
    const speaker = state.members.find((m) => m.id === floor.memberId);
    return (
      <section className={styles.split} data-testid="stage-speaker" data-member={floor.memberId}>
        <div className={styles.column}>
          <span className={styles.label}>{t.stage.speaker}</span>
          <p className={styles.speaker}>{speaker?.name ?? floor.memberId}</p>
          <span className={styles.label}>
            {speaker ? `${speaker.group} · ` : ""}
            {t.floorKind[floor.kind]}
          </span>
          <SpeakerCountdown
            remainingMs={remainingMs(floor, speakingLimitMs(state), serverNowMs)}
            limitMs={speakingLimitMs(state)}
            size="stage"
          />
        </div>
        <div className={styles.column}>
          {queue}
          {draft}
        </div>
      </section>
    );
  }

  return (
    <section className={styles.split} data-testid="stage-idle">
      <div className={styles.column}>{draft}</div>
      {queue}
    </section>
  );
}
