/** Style imports carry nothing a test can see. */
export default {}
