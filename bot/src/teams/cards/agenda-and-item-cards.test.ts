import type { LoggedEvent } from "@council/core";
import { applyEvent, foldEvents } from "@council/core";
import { cardText } from "../../../../tests/support/card-words";
import { sampleLogThrough, sampleSessionLog } from "../../../../tests/support/sample-session";
import type { AgendaChange } from "./agenda-changed-card";
import { agendaChangedCard } from "./agenda-changed-card";
import { itemEndedCard } from "./item-ended-card";
import { itemStartedCard } from "./item-started-card";

function afterApproval() {
  return foldEvents("s1", sampleLogThrough("agenda_approved"));
}

function apply(change: AgendaChange) {
  const state = afterApproval();
  const event = { ...change, seq: state.seq + 1, actor: state.lastActor!, time: state.lastTime! };
  return applyEvent(state, event as LoggedEvent);
}

describe("agendaChangedCard", () => {
  it("announces the approved agenda with its items numbered", () => {
    const state = afterApproval();
    const change: AgendaChange = {
      type: "agenda_approved",
      payload: { itemIds: ["item-1", "item-2", "item-3"] },
    };

    const text = cardText(agendaChangedCard(state, change));

    expect(text).toContain("Program schválen");
    expect(text).toContain("2. Rozpočet města na rok 2025");
  });

  it("names an added item and shows it in place", () => {
    const change: AgendaChange = {
      type: "item_added",
      payload: { item: { id: "item-4", title: "Prodej pozemku č. 1234/5" }, position: 1 },
    };

    const text = cardText(agendaChangedCard(apply(change), change, "cs"));

    expect(text).toContain("Do programu přidán bod: Prodej pozemku č. 1234/5");
    expect(text).toContain("2. Prodej pozemku č. 1234/5\n3. Rozpočet města na rok 2025");
  });

  it("names a withdrawn item with the reason and renumbers the rest", () => {
    const change: AgendaChange = {
      type: "item_withdrawn",
      payload: { itemId: "item-1", reason: "na žádost předkladatele" },
    };

    const text = cardText(agendaChangedCard(apply(change), change, "en"));

    expect(text).toContain("Item withdrawn from the agenda: Zahájení a volba ověřovatelů");
    expect(text).toContain("Reason: na žádost předkladatele");
    expect(text).toContain("1. Rozpočet města na rok 2025\n2. Různé");
  });

  it("shows the new order after a reorder", () => {
    const change: AgendaChange = {
      type: "agenda_reordered",
      payload: { itemIds: ["item-3", "item-1", "item-2"] },
    };

    const text = cardText(agendaChangedCard(apply(change), change));

    expect(text).toContain("Pořadí bodů programu změněno");
    expect(text).toContain("1. Různé\n2. Zahájení a volba ověřovatelů");
  });
});

describe("item cards", () => {
  it("announces the started item with reporter, time and draft resolution", () => {
    const state = foldEvents("s1", sampleLogThrough("item_started"));

    const text = cardText(itemStartedCard(state, "item-2"));

    expect(text).toContain("Projednává se bod 2");
    expect(text).toContain("Rozpočet města na rok 2025");
    expect(text).toContain("Předkladatel: Ing. Jana Nováková");
    expect(text).toContain("Zahájeno: 18:08");
    expect(text).toContain("Návrh usnesení\nZastupitelstvo schvaluje rozpočet města na rok 2025.");
  });

  it("closes an item with its times and the outcome of its votes", () => {
    const state = foldEvents("s1", sampleSessionLog());

    const text = cardText(itemEndedCard(state, "item-2", "en"));

    expect(text).toContain("Item 2 ended");
    expect(text).toContain("Started: 18:08");
    expect(text).toContain("Ended: 18:15");
    expect(text).toContain("Vote no. 1: Adopted");
  });
});
