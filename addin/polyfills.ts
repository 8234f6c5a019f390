// Imported first by both Excel entries: what the bundles call that older Excel webviews lack.
//
// Object.hasOwn (ES2022) is in Chrome/Edge 93 and Safari 15.4; Excel on a Mac with an older macOS runs the
// add-in in the system's Safari WebKit. The panel and the functions both fill message templates with it.

if (typeof Object.hasOwn !== 'function') {
  Object.defineProperty(Object, 'hasOwn', {
    // Not Object.prototype.hasOwnProperty.call: Biome's fix for that (noPrototypeBuiltins) is Object.hasOwn itself.
    value: (object: object, key: PropertyKey): boolean => Object.getOwnPropertyDescriptor(object, key) !== undefined,
    configurable: true,
    writable: true,
  });
}
