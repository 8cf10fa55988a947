import { ListStyle, type ChoicePrompt, type ConfirmPrompt } from "botbuilder-dialogs";

/** Choices show as buttons (suggested actions), never as "(1) Yes or (2) No" inside the text. */
export function suggestedActions<P extends ChoicePrompt | ConfirmPrompt>(prompt: P): P {
  prompt.style = ListStyle.suggestedAction;
  return prompt;
}
