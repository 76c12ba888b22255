/**
 * Every command id of the extension, in one table. Public ids are stable: scripts call them and
 * rely on their results. A command that fails tells the user and resolves to `undefined` (it
 * does not reject); the API's `onDidFail` (`src/ui/api.ts`) says why.
 */
export const Commands = {
  startSession: 'mlprep.startSession',
  runTests: 'mlprep.runTests',
  submit: 'mlprep.submit',
  showHints: 'mlprep.showHints',
  startMockLoop: 'mlprep.startMockLoop',
  startDesignRound: 'mlprep.startDesignRound',
  showProgress: 'mlprep.showProgress',
  exportHistory: 'mlprep.exportHistory',
  startQuickFire: 'mlprep.startQuickFire',
  getStarted: 'mlprep.getStarted',
  // Mock loops and the study plan.
  debriefLoop: 'mlprep.debriefLoop',
  abandonLoop: 'mlprep.abandonLoop',
  showLoop: 'mlprep.showLoop',
  showStudyPlan: 'mlprep.showStudyPlan',
  getStudyPlan: 'mlprep.getStudyPlan',
  setSelfAssessment: 'mlprep.setSelfAssessment',
  // Session controls (status bar menu, panel).
  pauseResume: 'mlprep.pauseResume',
  stopSession: 'mlprep.stopSession',
  sessionMenu: 'mlprep.sessionMenu',
  toggleInterviewMode: 'mlprep.toggleInterviewMode',
  revealHint: 'mlprep.revealHint',
  // Problems tree.
  filterProblems: 'mlprep.filterProblems',
  clearProblemFilter: 'mlprep.clearProblemFilter',
  startRandom: 'mlprep.startRandom',
  startWeakest: 'mlprep.startWeakest',
  openStatement: 'mlprep.openStatement',
  revealProblemFolder: 'mlprep.revealProblemFolder',
  refreshProblems: 'mlprep.refreshProblems',
  newProblem: 'mlprep.newProblem',
  validatePack: 'mlprep.validatePack',
  explainInterpreter: 'mlprep.explainInterpreter',
  // Past attempts tree.
  attemptsGroupByProblem: 'mlprep.attemptsGroupByProblem',
  attemptsGroupByDay: 'mlprep.attemptsGroupByDay',
  openSnapshot: 'mlprep.openSnapshot',
  diffWithPrevious: 'mlprep.diffWithPrevious',
  rerunSnapshot: 'mlprep.rerunSnapshot',
  editNote: 'mlprep.editNote',
  deleteAttempt: 'mlprep.deleteAttempt',
  rateAttempt: 'mlprep.rateAttempt',
  // Discussion rounds and the story bank.
  startBehavioralRound: 'mlprep.startBehavioralRound',
  nextPhase: 'mlprep.nextPhase',
  newStory: 'mlprep.newStory',
  refreshStories: 'mlprep.refreshStories',
  // Live data: a Jupyter notebook as the session's solution.
  useNotebookSolution: 'mlprep.useNotebookSolution',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];
