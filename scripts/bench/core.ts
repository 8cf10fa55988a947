import { readFileSync } from "node:fs";
import { createCore } from "../../src/app/services.ts";
import { loadConfig } from "../../src/config/index.ts";
import { ms, summarise, timeSync } from "./stats.ts";

/** In-process latency of the pure core: recogniser start-up, understand, recommend and FAQ. */
export function benchCore(): string[] {
  const started = performance.now();
  const core = createCore(loadConfig({}));
  const readyMs = performance.now() - started;

  const utterances = (
    JSON.parse(readFileSync("eval/understand.json", "utf8")) as { cases: Array<{ text: string }> }
  ).cases.map((c) => c.text);
  const questions = (
    JSON.parse(readFileSync("eval/faq.json", "utf8")) as { questions: Array<{ text: string }> }
  ).questions.map((q) => q.text);
  const profiles = [
    {},
    { employees: 80, itStaff: 1, burnoutRisk: "high" as const, skillsGaps: ["cloud" as const] },
    { employees: 12, itStaff: 0, signals: { unpredictableCosts: true } },
  ];

  let i = 0;
  const understand = summarise(
    timeSync(
      () => core.understander.understand({ text: utterances[i++ % utterances.length] as string }),
      3000,
    ),
  );
  let j = 0;
  const faq = summarise(
    timeSync(() => core.askFaq(questions[j++ % questions.length] as string), 3000),
  );
  let k = 0;
  const recommend = summarise(
    timeSync(() => core.recommender.recommend(profiles[k++ % profiles.length] ?? {}), 3000),
  );

  return [
    `core ready (FAQ index, intent and facts models): ${ms(readyMs, 0)} (target < 500 ms)`,
    `understand: p50 ${ms(understand.p50, 3)}, p99 ${ms(understand.p99, 3)} over ${understand.n} (target p50 < 2 ms)`,
    `FAQ answer: p50 ${ms(faq.p50, 3)}, p99 ${ms(faq.p99, 3)} over ${faq.n}`,
    `recommend: p50 ${ms(recommend.p50, 3)}, p99 ${ms(recommend.p99, 3)} over ${recommend.n}`,
  ];
}
