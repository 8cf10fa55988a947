import {
  ChoicePrompt,
  ComponentDialog,
  ConfirmPrompt,
  TextPrompt,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from "botbuilder-dialogs";
import type { KnownContact } from "./channel-turn.ts";
import { cleanCompany, cleanEmail, cleanName, cleanPhone } from "./contact-validation.ts";
import type { Copy, CopyKey } from "./copy.ts";
import { DIALOG_IDS } from "./ids.ts";
import { suggestedActions } from "./prompt-style.ts";
import { message, say } from "./replies.ts";
import { scopeOf } from "./turn.ts";

/** How to talk, with the short words people type instead of the button ("phone", "teams"). */
const MEETINGS = [
  {
    key: "handoff.meeting.phone",
    synonyms: ["phone", "call", "ring", "ring me", "telephone", "mobile"],
  },
  {
    key: "handoff.meeting.video",
    synonyms: ["video", "teams", "zoom", "google meet", "meet", "online"],
  },
  { key: "handoff.meeting.email", synonyms: ["email", "e-mail", "mail", "email me", "write"] },
] as const;

interface HandoffValues {
  /** The channel's record of the visitor (Teams), offered for confirmation instead of typing. */
  known?: KnownContact;
  name?: string;
  email?: string;
  company?: string;
  phone?: string;
  meeting?: string;
  consentAt?: string;
}

const textValidator =
  (clean: (text: string) => string | null) =>
  async (prompt: PromptValidatorContext<string>): Promise<boolean> =>
    prompt.recognized.succeeded && clean(prompt.recognized.value ?? "") !== null;

/**
 * Collects contact details for a call with a consultant, after a privacy notice: name, work email,
 * company, optional phone, how to talk, consent to be contacted and a separate marketing opt-in
 * that defaults to no. Where the channel knows the visitor (Teams), name and email are confirmed
 * rather than typed. The lead and the state that completes it are saved through one handoff
 * interface.
 */
export class HandoffDialog extends ComponentDialog {
  constructor(private readonly copy: Copy) {
    super(DIALOG_IDS.handoff);
    const ask = (key: CopyKey) => message(copy(key));
    this.addDialog(new TextPrompt(DIALOG_IDS.namePrompt, textValidator(cleanName)))
      .addDialog(new TextPrompt(DIALOG_IDS.emailPrompt, textValidator(cleanEmail)))
      .addDialog(new TextPrompt(DIALOG_IDS.companyPrompt, textValidator(cleanCompany)))
      .addDialog(new TextPrompt(DIALOG_IDS.phonePrompt, textValidator(cleanPhone)))
      .addDialog(suggestedActions(new ChoicePrompt(DIALOG_IDS.meetingPrompt, undefined, "en-us")))
      .addDialog(suggestedActions(new ConfirmPrompt(DIALOG_IDS.confirmPrompt, undefined, "en-us")))
      // "Shall I use the name ...?" asks once: anything but yes or no is read in the next step.
      .addDialog(
        suggestedActions(
          new ConfirmPrompt(DIALOG_IDS.knownContactPrompt, async () => true, "en-us"),
        ),
      )
      .addDialog(
        new WaterfallDialog(DIALOG_IDS.handoffSteps, [
          async (step) => {
            const { data, context } = scopeOf(step.context);
            if (data.leadId) {
              await say(context, [copy("handoff.alreadyDone")]);
              return step.endDialog();
            }
            await say(context, [copy("handoff.notice")]);
            const given = (step.options as { email?: string } | undefined)?.email;
            if (given) values(step).email = given;
            const known = await knownContact(step);
            if (!known) return step.next();
            values(step).known = known;
            return step.prompt(DIALOG_IDS.knownContactPrompt, {
              prompt: message(
                known.email
                  ? copy("handoff.useKnown", { name: known.name, email: known.email })
                  : copy("handoff.useKnownName", { name: known.name }),
              ),
            });
          },
          async (step) => {
            const v = values(step);
            if (v.known && step.result === true) {
              v.name = v.known.name;
              if (v.known.email) v.email = v.known.email;
              return step.next();
            }
            // Neither yes nor no: a name typed instead is that name; an email, the email.
            if (v.known && step.result !== false) {
              const typed = step.context.activity.text ?? "";
              const email = cleanEmail(typed);
              if (email) v.email ??= email;
              const name = email ? null : cleanName(typed);
              if (name) {
                v.name = name;
                return step.next();
              }
            }
            return step.prompt(DIALOG_IDS.namePrompt, {
              prompt: ask("handoff.askName"),
              retryPrompt: ask("handoff.askName.retry"),
            });
          },
          async (step) => {
            const v = values(step);
            v.name ??= cleanName(String(step.result)) ?? "";
            if (v.email) return step.next();
            return step.prompt(DIALOG_IDS.emailPrompt, {
              prompt: ask("handoff.askEmail"),
              retryPrompt: ask("handoff.askEmail.retry"),
            });
          },
          async (step) => {
            values(step).email ??= cleanEmail(String(step.result)) ?? "";
            return step.prompt(DIALOG_IDS.companyPrompt, {
              prompt: ask("handoff.askCompany"),
              retryPrompt: ask("handoff.askCompany.retry"),
            });
          },
          async (step) => {
            values(step).company = cleanCompany(String(step.result)) ?? "";
            return step.prompt(DIALOG_IDS.phonePrompt, {
              prompt: message(copy("handoff.askPhone"), [copy("action.skip")]),
              retryPrompt: message(copy("handoff.askPhone.retry"), [copy("action.skip")]),
            });
          },
          async (step) => {
            values(step).phone = cleanPhone(String(step.result)) ?? "";
            return step.prompt(DIALOG_IDS.meetingPrompt, {
              prompt: message(copy("handoff.askMeeting")),
              retryPrompt: message(copy("handoff.askMeeting.retry")),
              choices: MEETINGS.map(({ key, synonyms }) => ({
                value: copy(key),
                synonyms: [...synonyms],
              })),
            });
          },
          async (step) => {
            values(step).meeting = (step.result as { value: string }).value;
            return step.prompt(DIALOG_IDS.confirmPrompt, {
              prompt: message(copy("handoff.askConsent")),
            });
          },
          async (step) => {
            if (step.result !== true) {
              await say(step.context, [copy("handoff.declined")], [copy("action.talk")]);
              scopeOf(step.context).data.handoffDeclined = true;
              return step.endDialog();
            }
            values(step).consentAt = new Date().toISOString();
            return step.prompt(DIALOG_IDS.confirmPrompt, {
              prompt: message(copy("handoff.askMarketing")),
            });
          },
          async (step) => this.commit(step, step.result === true),
        ]),
      );
    this.initialDialogId = DIALOG_IDS.handoffSteps;
  }

  private async commit(step: WaterfallStepContext, marketingOptIn: boolean) {
    const scope = scopeOf(step.context);
    const { data, services, context } = scope;
    const v = values(step);
    const contact = {
      name: v.name ?? "",
      email: v.email ?? "",
      company: v.company ?? "",
      ...(v.phone ? { phone: v.phone } : {}),
    };
    const activity = context.activity;
    data.contact = contact;
    data.leadId = await services.commitHandoff(
      {
        channel: activity.channelId,
        userId: activity.from?.id ?? "",
        conversationId: activity.conversation?.id ?? "",
        contact,
        profile: data.profile,
        recommendation: services.recommend(data.profile),
        marketingOptIn,
        ...(marketingOptIn ? { marketingText: this.copy("handoff.marketingText") } : {}),
        meetingPreference: v.meeting ?? "",
        contactConsentAt: v.consentAt ?? new Date().toISOString(),
      },
      data,
    );
    services.recordEvent?.({ kind: "handoff" });
    await say(
      context,
      [this.copy("handoff.done", { meeting: (v.meeting ?? "").toLowerCase() })],
      [this.copy("action.ask"), this.copy("action.restart")],
    );
    return step.endDialog();
  }
}

const values = (step: WaterfallStepContext): HandoffValues => step.values as HandoffValues;

/** The channel's record of the visitor, kept only when it passes the same checks as typed details. */
async function knownContact(step: WaterfallStepContext): Promise<KnownContact | null> {
  const found = await scopeOf(step.context).channel?.knownContact();
  const name = found ? cleanName(found.name) : null;
  if (!found || !name) return null;
  return { name, email: found.email ? cleanEmail(found.email) : null };
}
