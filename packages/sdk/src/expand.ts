/**
 * Typed `expand`: when a GET asks for `expand: ["hadBetrokkenen", "hadBetrokkenen.wasPartij"]`, its data
 * has `_expand.hadBetrokkenen` (required, not optional) and each betrokkene `_expand.wasPartij`. Types
 * only; the server guarantees that every requested relation is present under `_expand`.
 */

/** The first segment of each requested path that starts at this level (`"a.b"` → `"a"`). */
type Heads<Paths extends string> = Paths extends `${infer Head}.${string}` ? Head : Paths;

/** The rest of the requested paths below `Key` (`"a.b"` under `"a"` → `"b"`). */
type Below<Paths extends string, Key extends string> = Paths extends `${Key}.${infer Rest}` ? Rest : never;

/** An expanded relation: an object, a list of them, or `null`, each expanded further with `Paths`. */
type ExpandValue<Value, Paths extends string> = Value extends readonly (infer Item)[]
  ? WithExpand<Item, Paths>[]
  : Value extends object
    ? WithExpand<Value, Paths>
    : Value;

/**
 * An object of the API with the requested relations present under `_expand` (distributes over the
 * polymorphic `Partij` and `Actor`).
 * @example
 * import type { KlantinteractiesSchema, WithExpand } from "@klantinteracties/sdk";
 * type KlantcontactMetBetrokkenen = WithExpand<KlantinteractiesSchema<"Klantcontact">, "hadBetrokkenen">;
 * const aantal = (klantcontact: KlantcontactMetBetrokkenen) => klantcontact._expand.hadBetrokkenen.length;
 */
export type WithExpand<Item, Paths extends string> = [Paths] extends [never]
  ? Item
  : Item extends { _expand?: infer Expanded }
    ? Item & {
        _expand: NonNullable<Expanded> & {
          [Key in Heads<Paths> & keyof NonNullable<Expanded>]-?: ExpandValue<
            NonNullable<NonNullable<Expanded>[Key]> | Extract<NonNullable<Expanded>[Key], null>,
            Below<Paths, Key & string>
          >;
        };
      }
    : Item;

/**
 * The `expand` values an init asks for (`never` when it asks for none). The keys must be present: an
 * omitted init is inferred as its constraint, where they are optional, and must not count as asking for all.
 */
export type RequestedExpand<Init> = Init extends { params: { query: { expand: readonly (infer Path)[] } } }
  ? Path extends string
    ? Path
    : never
  : never;

/** The data of a GET with its `expand` applied: to the object, or to each of a page's `results`. */
export type ExpandData<Data, Paths extends string> = [Paths] extends [never]
  ? Data
  : Data extends { results: (infer Item)[] }
    ? Omit<Data, "results"> & { results: WithExpand<Item, Paths>[] }
    : WithExpand<Data, Paths>;
