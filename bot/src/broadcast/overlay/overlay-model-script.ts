/**
 * The overlay page's model, as the browser runs it: plain JavaScript, no build step. It folds
 * the live feed's events into the few fields of the session state a graphic needs and fills a
 * slot the way the director's `pictureOf` does, with the same words (passed in as data). The
 * core's full fold is not shipped to the page: it would need a bundler in the service, and the
 * overlay needs six fields of it. A unit test runs this script against the core's fold and the
 * director's picture over a whole session, so the two cannot drift apart unnoticed.
 *
 * Defines `overlayApply(state, event)` and `overlaySlot(state, slot, heldVoteId, words)`.
 */
export const OVERLAY_MODEL_SCRIPT = String.raw`
function overlayApply(state, event) {
  var s = Object.assign({}, state, { seq: event.seq });
  var p = event.payload || {};
  switch (event.type) {
    case "session_opened":
      s.status = "open";
      break;
    case "attendance_recorded":
      s.attendance = Object.assign({}, s.attendance);
      s.attendance[p.memberId] = { mode: p.mode, since: event.time };
      break;
    case "agenda_approved":
    case "agenda_reordered":
      s.agenda = overlayReorder(s.agenda, p.itemIds);
      break;
    case "item_added":
      s.agenda = s.agenda.slice();
      s.agenda.splice(p.position, 0, Object.assign({}, p.item, { status: "pending", added: true }));
      break;
    case "item_withdrawn":
      s.agenda = overlayUpdateItem(s.agenda, p.itemId, "withdrawn");
      break;
    case "item_started":
      s.agenda = overlayUpdateItem(s.agenda, p.itemId, "current");
      s.currentItemId = p.itemId;
      break;
    case "item_ended":
      s.agenda = overlayUpdateItem(s.agenda, p.itemId, "done");
      delete s.currentItemId;
      break;
    case "floor_granted":
      s.floor = { memberId: p.memberId, itemId: p.itemId, kind: p.kind, startedAt: event.time };
      break;
    case "floor_ended":
      delete s.floor;
      break;
    case "vote_opened":
      s.votes = s.votes.concat([{ id: p.voteId, number: p.number, itemId: p.itemId,
        motion: p.motion, purpose: p.purpose, status: "open", openedAt: event.time, ballots: {} }]);
      s.currentVoteId = p.voteId;
      break;
    case "ballot_cast":
      s.votes = s.votes.map(function (v) {
        if (v.id !== p.voteId) return v;
        var ballots = Object.assign({}, v.ballots);
        ballots[p.memberId] = p.choice;
        return Object.assign({}, v, { ballots: ballots });
      });
      break;
    case "vote_closed":
      s.votes = s.votes.map(function (v) {
        return v.id === p.voteId ? Object.assign({}, v, { status: "closed", result: p.result }) : v;
      });
      delete s.currentVoteId;
      break;
    case "session_closed":
      s.status = "closed";
      break;
  }
  return s;
}

function overlayReorder(agenda, itemIds) {
  var rank = {};
  itemIds.forEach(function (id, i) { rank[id] = i; });
  var at = function (item) { return item.id in rank ? rank[item.id] : Infinity; };
  return agenda.slice().sort(function (a, b) { return at(a) - at(b); });
}

function overlayUpdateItem(agenda, itemId, status) {
  return agenda.map(function (i) {
    return i.id === itemId ? Object.assign({}, i, { status: status }) : i;
  });
}

function overlayFill(template, values) {
  return template.replace(/\{(\w+)\}/g, function (mark, key) {
    return key in values ? String(values[key]) : mark;
  });
}

function overlayHoldsSeat(member) {
  return member.role === "member" || member.role === "chair";
}

function overlayCaptionName(member, words) {
  var titles = (member.title || "").split(/\s+/).filter(Boolean);
  var isAfter = function (t) { return words.postNominal.indexOf(t.replace(/,$/, "")) >= 0; };
  var before = titles.filter(function (t) { return !isAfter(t); });
  var after = titles.filter(isAfter).map(function (t) { return t.replace(/,$/, ""); });
  var head = before.concat([member.name]).join(" ");
  return after.length > 0 ? head + ", " + after.join(", ") : head;
}

function overlaySlot(state, slot, heldVoteId, words) {
  if (!state || state.status !== "open") return { on: false };
  if (slot === "speaker") return overlaySpeaker(state, words);
  if (slot === "agendaItem") return overlayAgendaItem(state, words);
  if (slot === "voteResult") return overlayVote(state, heldVoteId, words);
  return { on: false };
}

function overlaySpeaker(state, words) {
  var floor = state.floor;
  var member = floor && state.members.find(function (m) { return m.id === floor.memberId; });
  if (!floor || !member) return { on: false };
  var remark = words.floorKind[floor.kind];
  var role = words.role[member.role];
  return { on: true, fields: { name: overlayCaptionName(member, words), group: member.group,
    role: remark ? role + words.separator + remark : role } };
}

function overlayAgendaItem(state, words) {
  var item = state.agenda.find(function (i) { return i.id === state.currentItemId; });
  if (!item) return { on: false };
  var active = state.agenda.filter(function (i) { return i.status !== "withdrawn"; });
  var index = active.indexOf(item);
  var number = index < 0 ? undefined : index + 1;
  return { on: true, fields: { number: number === undefined ? "" : String(number),
    title: item.title,
    line: number === undefined ? item.title : overlayFill(words.item, { number: number, title: item.title }) } };
}

function overlayVote(state, heldVoteId, words) {
  var vote = state.votes.find(function (v) { return v.id === state.currentVoteId && v.status === "open"; }) ||
    state.votes.find(function (v) { return v.id === heldVoteId && v.status === "closed"; });
  if (!vote) return { on: false };
  var counts = vote.result ? vote.result.counts : overlayCount(state, vote);
  var title = vote.purpose.kind === "test" ? words.testVote : overlayFill(words.vote, { number: vote.number });
  var result = vote.result ? words.outcome[vote.result.outcome] : words.voting;
  var cast = counts.yes + counts.no + counts.abstain;
  var progress = vote.result ? "" : overlayFill(words.voted, { cast: cast, present: cast + counts.notVoting });
  var parts = [result, overlayFill(words.counts, counts)].concat(progress ? [progress] : []);
  return { on: true, tone: vote.result ? vote.result.outcome : "voting",
    fields: { title: title, motion: vote.motion, result: result,
    yes: String(counts.yes), no: String(counts.no), abstain: String(counts.abstain),
    progress: progress, summary: parts.join(words.separator) } };
}

function overlayCount(state, vote) {
  var counts = { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0 };
  state.members.filter(overlayHoldsSeat).forEach(function (m) {
    var choice = vote.ballots[m.id];
    var mode = state.attendance[m.id] && state.attendance[m.id].mode;
    if (choice) counts[choice]++;
    else if (mode === "room" || mode === "remote") counts.notVoting++;
    else counts.absent++;
  });
  return counts;
}
`;
