/** Every dialog and prompt id, in one place. */
export const DIALOG_IDS = {
  handoff: "handoff",
  handoffSteps: "handoff.steps",
  deleteData: "deleteData",
  deleteDataSteps: "deleteData.steps",
  namePrompt: "prompt.name",
  emailPrompt: "prompt.email",
  companyPrompt: "prompt.company",
  phonePrompt: "prompt.phone",
  meetingPrompt: "prompt.meeting",
  confirmPrompt: "prompt.confirm",
  knownContactPrompt: "prompt.knownContact",
} as const;
