/**
 * Every number the recommender decides with, in one place so a consultant can tune it.
 * Sources are in DOMAIN-NOTES ("Signals MSPs use to choose a model" and "Numbers").
 */
export interface Thresholds {
  /** Employees per internal IT person: the upper bound of each band. */
  ratio: { adequate: number; stretched: number; understaffed: number };
  /** Head counts under which a full-time IT role is rarely kept busy. */
  firmSize: { verySmall: number; small: number };
  /** The usual size of an internal team that works alongside a co-managed partner. */
  coManagedTeam: { typical: number };
  /** confidence = floor + span * |margin| / (evidence + softening); never reaches 1. */
  confidence: { floor: number; span: number; softening: number };
  /** How strong both pulls must be (0..1) before the co-managed-then-managed path is offered. */
  path: { minKeep: number; minAway: number };
  /** The least change (model or confidence) that makes an unknown field worth asking about. */
  missing: { minShift: number };
}

/** Per-group overrides: `{ ratio: { stretched: 30 } }` changes one number and keeps the rest. */
export type ThresholdOverrides = { [K in keyof Thresholds]?: Partial<Thresholds[K]> };

export const DEFAULT_THRESHOLDS: Thresholds = {
  ratio: {
    // people3/Mercer/ITAA survey (2003): 1:18 median for organisations under 500 staff.
    adequate: 18,
    // Same survey: upper quartile 1:34; DOMAIN-NOTES band "<= 34 stretched".
    stretched: 34,
    // DOMAIN-NOTES band "<= 52 understaffed"; anything above is treated as severe.
    understaffed: 52,
  },
  firmSize: {
    // MSP guides (enersystems.com, mtechsystems.co.uk): firms under ~10-25 staff rarely keep a
    // full-time IT person busy; 10 is the low end of that range ...
    verySmall: 10,
    // ... and 25 the high end.
    small: 25,
  },
  coManagedTeam: {
    // mtechsystems.co.uk, micro-it.net: the internal team in co-managed deals is typically 1-5.
    typical: 5,
  },
  confidence: {
    // Our own calibration: an empty profile must stay at or below 0.4 (contract), and the
    // highest possible value is floor + span = 0.95, so we never claim certainty.
    floor: 0.2,
    span: 0.75,
    // Evidence-weight units added to the denominator so one weak fact cannot look decisive.
    softening: 2,
  },
  path: {
    // Our own calibration: an explicit knowledge-keeping signal (knowledge critical, someone
    // leaving, single-person dependency) clears 0.6; "we have one IT person" alone does not ...
    minKeep: 0.6,
    // ... and "would rather hand over" or "IT isn't delivering value" clears it; "IT is not
    // strategic" alone does not.
    minAway: 0.6,
  },
  missing: {
    // The contract's promise for `missing`: answering its first path moves the model or the
    // confidence by at least this much.
    minShift: 0.1,
  },
};

/** Applies overrides group by group on top of the defaults. */
export function toThresholds(overrides: ThresholdOverrides = {}): Thresholds {
  return {
    ratio: { ...DEFAULT_THRESHOLDS.ratio, ...overrides.ratio },
    firmSize: { ...DEFAULT_THRESHOLDS.firmSize, ...overrides.firmSize },
    coManagedTeam: { ...DEFAULT_THRESHOLDS.coManagedTeam, ...overrides.coManagedTeam },
    confidence: { ...DEFAULT_THRESHOLDS.confidence, ...overrides.confidence },
    path: { ...DEFAULT_THRESHOLDS.path, ...overrides.path },
    missing: { ...DEFAULT_THRESHOLDS.missing, ...overrides.missing },
  };
}
