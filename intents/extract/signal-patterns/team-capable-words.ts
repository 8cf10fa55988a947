/** Words that praise or grade an IT team, shared by the teamCapable rule files. */

/** Words and phrases that praise the people who do IT ("solid", "on the ball", "a legend"). */
export const PRAISE = String.raw`(?:good|great|solid|excellent|fab|fabulous|cracking|spot on|awesome|terrific|wonderful|capable|competent|brilliant|strong|skilled|talented|experienced|knowledgeable|decent|fantastic|superb|top notch|first class|switched on|sharp|reliable|on the ball|amazing|outstanding|smart|clever|bright|able|qualified|proficient|very good|really good|sound|ace|a great bunch|a good bunch|well respected|respected|dependable|trustworthy|an? (?:absolute )?(?:legend|star|gem|asset)|legends|stars|gems|worth (?:his|her|their) weight in gold|(?<!\bup )on it|rock solid|first rate|second to none|really on it|good at (?:what (?:they|he|she) do(?:es)?|(?:their|his|her) jobs?))`;
/** Any run of intensifiers before praise: "really very good". */
export const DEGREE = String.raw`(?:(?:really|very|pretty|quite|genuinely|actually|all|generally|incredibly|super|extremely|highly|fairly|so|absolutely|bloody|properly|honestly) ){0,3}`;
/** Starts a match only at the first of a run of intensifiers, so "very very very ..." stays linear. */
export const NOT_MID_DEGREE = String.raw`(?<!\b(?:really|very|pretty|quite|genuinely|actually|all|generally|incredibly|super|extremely|highly|fairly|so|absolutely|bloody|properly|honestly|a|an) )`;
/** "good at networking" praises one skill, not the team; those are skills, not this signal. */
export const NOT_ONE_SKILL = String.raw`(?! (?:at|with|on|in|when it comes to) (?!what|their|his|her|(?:pretty much |just about |nearly |almost )?(?:everything|anything)|most things|it all|the day to day|the (?:day )?job\b|the basics\b)\w)(?! (?:value|news|question|point|idea|fit|price|for now|for the moment|for the time being)\b)`;
