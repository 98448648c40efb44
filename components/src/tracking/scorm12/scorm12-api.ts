/**
 * The SCORM 1.2 API object an LMS offers as `window.API` (SCORM 1.2 RTE 3.3), and its methods
 * under the version-neutral names `ScormConnection` uses. Every method takes and returns
 * strings; `""` is the required argument of the session methods.
 */
import { hasMethods } from '../scorm-common/scorm-mapping.ts';
import type { ScormCalls } from '../scorm-common/scorm-connection.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'] as const;

export function scorm12Calls(candidate: object): ScormCalls | undefined {
  if (!hasMethods(candidate, METHODS)) return undefined;
  const api = candidate as Scorm12Api;
  return {
    initialize: () => api.LMSInitialize(''),
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    terminate: () => api.LMSFinish(''),
    lastError: () => api.LMSGetLastError(),
    errorString: (code) => api.LMSGetErrorString(code),
    names: { initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish' },
  };
}
