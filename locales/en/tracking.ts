/**
 * Interface text of the tracking notice: whether the learner's progress reaches the learning
 * platform, and which tab saves it when the course is open twice (English, the source locale).
 * Calm on purpose: nothing is lost in any of these cases, and the learner can keep working.
 */
export const tracking = {
  savedOnDevice: 'You can keep working. Your progress is saved on this device and will be sent when the connection returns.',
  sent: 'The connection is back, and your progress has been sent.',
  refused: 'Your learning platform did not accept part of your progress. It is kept on this device; if your results look incomplete, tell your trainer.',
  thisTabRecords: 'This course is also open in another tab. This tab keeps saving your progress, so you can close the other one.',
  otherTabRecords: 'This course is already open in another tab, and that tab saves your progress. What you do here is not saved: continue in the other tab and close this one.',
  otherTabClosed: 'The other tab with this course was closed. Reload this page to continue here with your progress saved.',
  reload: 'Reload this page',
  dismiss: 'Hide message',
} as const;
