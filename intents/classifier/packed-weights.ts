/**
 * Model weights as saved data: 16-bit integers (times `scale`), little-endian, base64. Both saved
 * models (intents and facts) store their weight matrix this way.
 */
export interface PackedWeights {
  scale: number;
  weights: string;
}

/** Packs weights, scaled so the largest fills the 16-bit range. */
export function packWeights(values: Float64Array): PackedWeights {
  let largest = 0;
  for (const weight of values) largest = Math.max(largest, Math.abs(weight));
  const scale = (largest || 1) / 32767;
  const bytes = new DataView(new ArrayBuffer(values.length * 2));
  values.forEach((weight, i) => bytes.setInt16(i * 2, Math.round(weight / scale), true));
  return { scale, weights: Buffer.from(bytes.buffer).toString("base64") };
}

/** Unpacks weights; `undefined` when there are not `count` of them (a damaged file). */
export function unpackWeights(packed: PackedWeights, count: number): Float64Array | undefined {
  const buffer = Buffer.from(packed.weights, "base64");
  if (buffer.byteLength !== count * 2) return undefined;
  const bytes = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i += 1) values[i] = bytes.getInt16(i * 2, true) * packed.scale;
  return values;
}
