/**
 * Word lists for synthetic wire reports ("Iraqi officials condemned Qatar, dispatch 12 said."): every
 * combination is a sentence the coder turns into an event, so large batches can be made on the fly.
 */
export const WIRE_SUBJECTS = [
  "Iran's foreign minister",
  "Iraqi officials",
  "The Turkish army",
  "Syrian rebels",
  "The US envoy",
  "Israeli jets",
];
export const WIRE_VERBS = [
  "met",
  "condemned",
  "attacked",
  "praised",
  "accused",
  "threatened",
  "visited",
  "criticized",
];
export const WIRE_OBJECTS = [
  "Iraq's prime minister",
  "Iranian diplomats",
  "Kurdish fighters",
  "the Syrian government",
  "Hamas leaders",
  "Qatar",
];
