/** lottie-web needs a canvas at import time; NutUI only pulls it in for animations no test plays. */
const lottie = {
  loadAnimation: () => ({ play() {}, stop() {}, destroy() {}, addEventListener() {}, removeEventListener() {} }),
  setLocationHref() {},
}
export default lottie
