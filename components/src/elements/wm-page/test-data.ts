/** A page with every kind of content the Markdown build produces, including things too wide for a phone. */
import type { PageData } from '../../../../course/schema/course-data.ts';

const wideImage =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="300"><rect width="1200" height="300" fill="#0b5cad"/></svg>');

export const page: PageData = {
  id: 'what-a-mentor-does',
  type: 'page',
  title: 'What a workplace mentor does',
  optional: false,
  weight: 0,
  html: `
<h3>Your three roles</h3>
<p>As a mentor you <strong>guide</strong>, you <em>assess</em> and you keep in touch with the school.
Read more in the <a href="https://example.org/mentoring-guide">mentoring guide</a>.</p>
<ul><li>Plan the first week together.</li><li>Give feedback every day.</li><li>Talk with the school supervisor monthly.</li></ul>
<h4>A picture of the agreement</h4>
<p><img src="${wideImage}" alt="The three-way agreement between apprentice, school and company"></p>
<table>
  <caption>Who does what</caption>
  <thead><tr><th>Task</th><th>Apprentice</th><th>Mentor</th><th>School supervisor</th><th>Employer</th><th>Trajectory coach</th></tr></thead>
  <tbody>
    <tr><td>Learning plan</td><td>Proposes goals for the period</td><td>Checks what the workplace can offer</td><td>Links goals to the curriculum</td><td>Approves the time needed</td><td>Keeps the overview</td></tr>
  </tbody>
</table>
<table><tr><th>Week</th><th>Focus</th></tr><tr><td>1</td><td>Safety and colleagues</td></tr></table>
<blockquote><p>“Feedback is a gift, if you know how to unwrap it.”</p></blockquote>
<pre><code>A line of preformatted text that is much longer than a phone screen is wide, to test scrolling.</code></pre>
`,
};
