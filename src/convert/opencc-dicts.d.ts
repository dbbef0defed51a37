// opencc-js ships each dictionary as an ES module whose default export is "key value|key value".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
