/**
 * Every panel's fixture answer by panel name, as a full store (or an empty one) would send it:
 * the one table both the element tests' MockApi (fixture-api.ts) and the fixture server
 * (tools/fixture-server.ts) answer from.
 */
import * as analytics from './analytics-fixtures.ts';
import * as people from './people-fixtures.ts';

export function panelFixtures(empty: boolean): Record<string, object> {
  return {
    filters: empty ? analytics.emptyFilterOptions : analytics.filterOptions,
    funnel: empty ? analytics.emptyFunnel : analytics.funnel,
    scores: empty ? analytics.emptyScores : analytics.scores,
    time: empty ? analytics.emptyTime : analytics.time,
    items: empty ? analytics.emptyItemAnalysis : analytics.namedItemAnalysis,
    dialogues: empty ? analytics.emptyDialogues : analytics.dialogues,
    rubrics: empty ? analytics.emptyRubrics : analytics.rubrics,
    learners: empty ? people.emptyLearners : people.learners,
  };
}
