import { ComponentDialog, ConfirmPrompt, WaterfallDialog } from "botbuilder-dialogs";
import type { Copy } from "./copy.ts";
import { DIALOG_IDS } from "./ids.ts";
import { suggestedActions } from "./prompt-style.ts";
import { message, say } from "./replies.ts";
import { restartedConversationData } from "./state.ts";
import { scopeOf } from "./turn.ts";

/** "Delete my data": asks for a yes, then erases the answers and contact details, and confirms. */
export class DeleteDataDialog extends ComponentDialog {
  constructor(copy: Copy) {
    super(DIALOG_IDS.deleteData);
    this.addDialog(
      suggestedActions(new ConfirmPrompt(DIALOG_IDS.confirmPrompt, undefined, "en-us")),
    ).addDialog(
      new WaterfallDialog(DIALOG_IDS.deleteDataSteps, [
        async (step) =>
          step.prompt(DIALOG_IDS.confirmPrompt, {
            prompt: message(copy("privacy.delete.confirm")),
          }),
        async (step) => {
          const scope = scopeOf(step.context);
          if (step.result !== true) {
            await say(step.context, [copy("privacy.delete.kept")]);
            return step.endDialog();
          }
          const { data, services } = scope;
          const activity = step.context.activity;
          await services.eraseVisitor?.({
            userId: activity.from?.id ?? "",
            conversationId: activity.conversation?.id ?? "",
            email: data.contact?.email,
            leadId: data.leadId ?? undefined,
          });
          Object.assign(data, restartedConversationData(data), { contact: null, leadId: null });
          await say(
            step.context,
            [copy("privacy.delete.done")],
            [copy("action.start"), copy("action.ask")],
          );
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = DIALOG_IDS.deleteDataSteps;
  }
}
