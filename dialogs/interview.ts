import { coreComplete, isAnswered, nextQuestion } from "../src/core/interview/index.ts";
import type { ProfilePath } from "../src/core/profile/index.ts";
import { questionChoices, questionText, type QuestionForm } from "./questions.ts";
import { presentRecommendation } from "./recommendation.ts";
import { say } from "./replies.ts";
import type { Understanding } from "./services.ts";
import type { TurnScope } from "./turn.ts";

/** Re-prompts allowed on one question before the advisor moves on instead of looping. */
export const MAX_REPROMPTS = 2;

/** Asks the next missing fact, or recaps once enough is known. `lead` lines go first. */
export async function askNext(scope: TurnScope, lead: string[] = []): Promise<void> {
  const { data, services } = scope;
  const recommendation = services.recommend(data.profile);
  const path = nextQuestion(
    {
      profile: data.profile,
      recommendation,
      skipped: data.skipped,
      signalQuestionsAsked: data.signalQuestionsAsked,
      questionsAsked: data.questionsAsked,
    },
    services.recommend,
  );
  if (path === null) return recap(scope, lead);
  if (path.startsWith("signals.") && data.expecting !== path) data.signalQuestionsAsked += 1;
  await ask(scope, path, "full", lead);
}

/** Puts a question to the visitor and remembers it, so a bare answer lands in the right field. */
export async function ask(
  scope: TurnScope,
  path: ProfilePath,
  form: QuestionForm,
  lead: string[] = [],
): Promise<void> {
  const { data, services, context } = scope;
  if (data.expecting !== path) {
    data.attempts = 0;
    data.questionsAsked += 1;
  }
  data.stage = "interview";
  data.expecting = path;
  await say(
    context,
    [...lead, questionText(path, services.copy, form, data.profile)],
    questionChoices(path, services.copy),
  );
}

/** Asks the pending question again in short form, after an aside such as an FAQ answer. */
export async function resume(scope: TurnScope, lead: string[]): Promise<void> {
  const { data, services, context } = scope;
  if (data.stage === "interview" && data.expecting) {
    const question = questionText(data.expecting, services.copy, "short", data.profile);
    await say(
      context,
      [...lead, services.copy("faq.resume", { question })],
      questionChoices(data.expecting, services.copy),
    );
    return;
  }
  // The open question was answered along with something else: on to the next one.
  if (data.stage === "interview") return askNext(scope, lead);
  if (data.stage === "recap") {
    await say(
      context,
      [...lead, services.present.recap(data.profile), services.copy("interview.recap.confirm")],
      [services.copy("action.yes"), services.copy("action.change")],
    );
    return;
  }
  if (lead.length === 0) lead = [services.copy("resume.prompt")];
  const actions =
    data.stage === "recommended"
      ? [services.copy("action.talk"), services.copy("action.ask"), services.copy("action.restart")]
      : [services.copy("action.start"), services.copy("action.ask"), services.copy("action.talk")];
  await say(context, lead, actions);
}

/** Takes a message that gives (or fails to give) facts while a question is pending. */
export async function handleAnswer(scope: TurnScope, understanding: Understanding): Promise<void> {
  const { data, services } = scope;
  const expecting = data.expecting;
  data.profile = understanding.profile;

  if (understanding.issues.length > 0) {
    const issueLines = understanding.issues.map((issue) =>
      issue.code === "it-staff-exceeds-employees"
        ? services.copy("interview.issue.itStaffAboveEmployees", {
            itStaff:
              issue.field === "itStaff" ? (issue.value ?? "?") : (data.profile.itStaff ?? "?"),
            employees:
              issue.field === "employees" ? (issue.value ?? "?") : (data.profile.employees ?? "?"),
          })
        : services.copy("interview.issue.invalid"),
    );
    await say(scope.context, issueLines);
    const field = understanding.issues[0]?.field as ProfilePath | undefined;
    if (field) data.expecting = field;
    return ask(scope, data.expecting ?? "employees", "short");
  }

  if (data.stage === "recap" || data.stage === "recommended") {
    if (understanding.changed.length > 0) {
      const facts = services.present.noted(data.profile, understanding.changed);
      const lead = facts
        ? services.copy("interview.recap.fixWhat", { facts })
        : services.copy("interview.recap.fix");
      if (data.stage === "recommended") return presentRecommendation(scope, [lead]);
      return recap(scope, [lead]);
    }
  }

  const answered =
    expecting !== null &&
    isAnswered(data.profile, expecting) &&
    understanding.changed.includes(expecting);
  if (expecting === null || answered || understanding.intent === "dont_know") {
    // "none that I know of" may not set the field; it still closes the question.
    if (expecting !== null && !answered && !data.skipped.includes(expecting))
      data.skipped = [...data.skipped, expecting];
    const lead =
      understanding.intent === "dont_know" && expecting !== null
        ? [services.copy("interview.dontKnow")]
        : understanding.changed.length > 0
          ? [notedLine(scope, understanding)]
          : [];
    return askNext(scope, lead);
  }

  if (understanding.changed.length > 0) {
    return ask(scope, expecting, "short", [notedLine(scope, understanding)]);
  }
  return failedAttempt(scope, [questionText(expecting, services.copy, "retry", data.profile)]);
}

/**
 * A reply that did not answer the open question (unreadable, off-topic, emoji): `lines` go out
 * with the question's buttons, and after {@link MAX_REPROMPTS} such replies the question is left.
 */
export async function failedAttempt(scope: TurnScope, lines: string[]): Promise<void> {
  const { data, services } = scope;
  const expecting = data.expecting;
  if (expecting === null) return resume(scope, lines);
  if (data.attempts >= MAX_REPROMPTS) {
    data.skipped = [...data.skipped, expecting];
    data.expecting = null;
    data.attempts = 0;
    return askNext(scope, [services.copy("interview.moveOn")]);
  }
  data.attempts += 1;
  await say(scope.context, lines, questionChoices(expecting, services.copy));
}

/** "Noted: 60 staff, one IT person." naming what the answer added, or a plain thanks. */
function notedLine(scope: TurnScope, understanding: Understanding): string {
  const { services, data } = scope;
  const facts = services.present.noted(data.profile, understanding.changed);
  return facts ? services.copy("interview.notedWhat", { facts }) : services.copy("interview.noted");
}

/** Sums up what was heard and asks the visitor to confirm or correct it. */
export async function recap(scope: TurnScope, lead: string[] = []): Promise<void> {
  const { data, services, context } = scope;
  data.stage = "recap";
  data.expecting = null;
  data.attempts = 0;
  await say(
    context,
    [...lead, services.present.recap(data.profile), services.copy("interview.recap.confirm")],
    [services.copy("action.yes"), services.copy("action.change")],
  );
}

/** True when the four core facts are in (known, "don't know" or given up on). */
export const readyForRecap = (scope: TurnScope): boolean =>
  coreComplete(scope.data.profile, scope.data.skipped);
