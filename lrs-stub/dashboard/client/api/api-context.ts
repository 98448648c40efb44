/**
 * The API client as a service the panels consume through `@lit/context`: the app provides
 * one client per session (it carries the CSRF token), tests provide one whose fetch answers
 * with fixtures. No singleton to reset between tests.
 */
import { createContext } from '@lit/context';
import type { ApiClient } from './api-client.ts';

export const apiContext = createContext<ApiClient>(Symbol('wm-dashboard-api'));
