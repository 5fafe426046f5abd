export default defineBackground(() => {
  // Wiring lands with the store and sync issues.
});
