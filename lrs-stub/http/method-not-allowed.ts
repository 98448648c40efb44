/**
 * 405 Method Not Allowed, with an Allow header, for a method a route does not take (PATCH on
 * /cmi5/launches), instead of the 404 that says the resource is not there. Routes are
 * collected as they are added; `answerOtherMethods()`, called once all are mounted, gives each
 * path a route for every other method fastify knows. The xAPI resources need nothing here:
 * the xAPI router takes every method itself and answers 405 from each resource's handlers.
 * OPTIONS stays with CORS (cors.ts answers preflights for every path).
 */
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.ts';

export function collectRoutes(app: FastifyInstance): { answerOtherMethods(): void } {
  const methods = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    const added = Array.isArray(route.method) ? route.method : [route.method];
    const known = methods.get(route.url) ?? new Set<string>();
    for (const method of added) known.add(method);
    methods.set(route.url, known);
  });
  return {
    answerOtherMethods() {
      for (const [url, taken] of [...methods]) {
        if (url.includes('*')) continue;
        const others = app.supportedMethods.filter((method) => !taken.has(method) && method !== 'OPTIONS');
        if (others.length === 0) continue;
        const allow = [...taken].filter((method) => method !== 'OPTIONS').join(', ');
        app.route({
          method: others,
          url,
          handler: async (request, reply) => {
            reply.header('Allow', allow);
            return reply.code(405).send(errorBody(405, `${request.method} is not allowed on ${request.url.split('?')[0]}; allowed: ${allow}`));
          },
        });
      }
    },
  };
}
