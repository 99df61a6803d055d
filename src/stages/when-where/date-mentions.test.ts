import { describe, expect, it } from "vitest";
import type { EventStatus } from "../../model/codes.js";
import { loadGazetteer } from "./gazetteer.js";
import { docWithEvent } from "./test-helpers/make-doc.js";
import { createWhenWhereStage } from "./when-where-stage.js";

/** Publication date of every case: a Sunday. */
const PUBLISHED = "2022-03-20";
const stage = createWhenWhereStage({ gazetteer: loadGazetteer() });
const ctx = { resources: {}, warn: () => {} };

function dateOf(text: string, trigger: string, status: EventStatus = "asserted") {
  const doc = docWithEvent(text, trigger, { date: PUBLISHED, status });
  stage.run(doc, ctx);
  const [event] = doc.events;
  return { date: event.date, precision: event.date_precision, text: event.date_text?.text };
}

describe("when-where dates", () => {
  it.each([
    [
      "on Monday, past event: the Monday before publication",
      "The ministers met on Monday in Baghdad.",
      "met",
      "asserted",
      "2022-03-14",
      "day",
      "on Monday",
    ],
    [
      "on Monday, future event: the coming Monday",
      "The ministers will meet on Monday in Baghdad.",
      "meet",
      "future",
      "2022-03-21",
      "day",
      "on Monday",
    ],
    [
      "on Sunday, past event, published on a Sunday: the same day",
      "Police arrested him on Sunday.",
      "arrested",
      "asserted",
      "2022-03-20",
      "day",
      "on Sunday",
    ],
    [
      "last week: the Monday starting the previous week",
      "Rebels attacked the convoy last week.",
      "attacked",
      "asserted",
      "2022-03-07",
      "week",
      "last week",
    ],
    [
      "in recent days: the 7 days before publication",
      "Raisi has talked to Salih on the telephone in recent days.",
      "talked",
      "asserted",
      "2022-03-13",
      "week",
      "in recent days",
    ],
    [
      "this week: the Monday starting the publication week",
      "The two leaders met this week.",
      "met",
      "asserted",
      "2022-03-14",
      "week",
      "this week",
    ],
    [
      "earlier this month: the first of the month",
      "Protesters marched earlier this month.",
      "marched",
      "asserted",
      "2022-03-01",
      "month",
      "this month",
    ],
    [
      "last month: the first of the previous month",
      "Last month, rebels seized the town.",
      "seized",
      "asserted",
      "2022-02-01",
      "month",
      "Last month",
    ],
    [
      "two years ago: January 1 of that year",
      "The army shelled the town two years ago.",
      "shelled",
      "asserted",
      "2020-01-01",
      "year",
      "two years ago",
    ],
    [
      "in 2019: January 1, 2019 at year precision",
      "The treaty was signed in 2019.",
      "signed",
      "asserted",
      "2019-01-01",
      "year",
      "in 2019",
    ],
    [
      "on March 3: that day of the publication year",
      "Troops entered the city on March 3.",
      "entered",
      "asserted",
      "2022-03-03",
      "day",
      "March 3",
    ],
    [
      "a full date with its year",
      "The accord was signed on March 3, 2019.",
      "signed",
      "asserted",
      "2019-03-03",
      "day",
      "March 3, 2019",
    ],
    [
      "two days ago: that day",
      "Rebels shelled the base two days ago.",
      "shelled",
      "asserted",
      "2022-03-18",
      "day",
      "two days ago",
    ],
    [
      "three weeks ago: the week starting that day",
      "Talks collapsed three weeks ago.",
      "collapsed",
      "asserted",
      "2022-02-27",
      "week",
      "three weeks ago",
    ],
    [
      "yesterday: the day before publication",
      "Gunmen killed two policemen yesterday.",
      "killed",
      "asserted",
      "2022-03-19",
      "day",
      "yesterday",
    ],
    [
      "today: the publication day at day precision",
      "Thousands protested today in the capital.",
      "protested",
      "asserted",
      "2022-03-20",
      "day",
      "today",
    ],
  ])("%s", (_name, text, trigger, status, date, precision, words) => {
    expect(dateOf(text, trigger, status as EventStatus)).toEqual({ date, precision, text: words });
  });

  it.each([
    [
      "no date words: the publication date",
      "Rebels attacked a convoy near the border.",
      "attacked",
      "asserted",
    ],
    [
      "by 2022 is the deadline of a future event, not its date",
      "Both nations are working to achieve $20 billion in bilateral trade by 2022.",
      "achieve",
      "future",
    ],
    [
      "since 2011 bounds the event, it is not its date",
      "The two sides have fought since 2011.",
      "fought",
      "asserted",
    ],
  ])("%s", (_name, text, trigger, status) => {
    expect(dateOf(text, trigger, status as EventStatus)).toEqual({
      date: PUBLISHED,
      precision: "publication",
      text: undefined,
    });
  });

  it.each([
    ["the trigger's own clause: the attack on Friday", "attacked", "2022-03-18", "on Friday"],
    ["the trigger's own clause: the statement on Tuesday", "said", "2022-03-15", "on Tuesday"],
  ])("picks the date nearest the trigger: %s", (_name, trigger, date, words) => {
    const text = "Officials said on Tuesday that troops attacked the town on Friday.";
    expect(dateOf(text, trigger)).toEqual({ date, precision: "day", text: words });
  });

  it("has no date at all without a publication date or a dated expression", () => {
    const doc = docWithEvent("Troops attacked the town on Friday.", "attacked");
    stage.run(doc, ctx);
    expect(doc.events[0].date).toBeUndefined();
  });
});
