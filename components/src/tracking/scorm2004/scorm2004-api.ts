/**
 * The SCORM 2004 API object an LMS offers as `window.API_1484_11` (SCORM 2004 4th edition RTE
 * 3.1), and its methods under the version-neutral names `ScormConnection` uses.
 */
import { hasMethods } from '../scorm-common/scorm-mapping.ts';
import type { ScormCalls } from '../scorm-common/scorm-connection.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

const METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'] as const;

export function scorm2004Calls(candidate: object): ScormCalls | undefined {
  if (!hasMethods(candidate, METHODS)) return undefined;
  const api = candidate as Scorm2004Api;
  return {
    initialize: () => api.Initialize(''),
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    terminate: () => api.Terminate(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
    names: { initialize: 'Initialize', setValue: 'SetValue', commit: 'Commit', terminate: 'Terminate' },
  };
}
