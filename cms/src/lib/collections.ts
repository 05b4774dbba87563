/** Adds `value` to the list `map` holds for `key`, in place: gathering n items costs n steps, not n². */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
