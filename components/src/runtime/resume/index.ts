/** The resume state: compact, versioned, validated on load, with a build-time size budget per package. */
export { decodeResume } from './decode-resume.ts';
export { encodeResume, type DecodedResume } from './resume-codec.ts';
export { resumeBudget, SCORM12_SUSPEND_DATA_LIMIT, type ResumeBudget } from './resume-budget.ts';
export { worstCaseProgress } from './worst-case.ts';
