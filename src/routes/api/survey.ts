/**
 * The satisfaction survey (survei kepuasan, issue 18) for requesters, with the tracking code:
 * - `GET /api/v1/requests/{number}/survey?code=` — whether it may be answered now, and its questions;
 * - `POST /api/v1/requests/{number}/survey?code=` — one anonymous answer for a closed request.
 * Parse, find the case by number and code, call the domain (src/survey/survey.ts).
 */
import { z } from '@hono/zod-openapi';
import { trackedCase } from '../../cases/tracked-case';
import { t } from '../../i18n';
import { ELEMENT_QUESTIONS, SCORE_WORDS, submitSurvey, surveyAnswerSchema, surveyElements, surveyScores, surveyState } from '../../survey/survey';
import { publicRateLimit } from '../rate-limit';
import { PUBLIC, apiRouter, createRoute, errors, json, jsonBody, pathParams } from './contract';

const numberParam = pathParams('number');
const codeQuery = z.object({ code: z.string().max(64).optional().describe('The tracking code (or header X-Tracking-Code)') });

const surveySchema = z
  .object({
    state: z
      .enum(['open', 'not_closed', 'answered'])
      .describe('open: may be answered now; not_closed: the request is not closed yet; answered: already answered'),
    questions: z.array(
      z.object({
        element: z.enum(surveyElements),
        question: z.string(),
        scores: z.array(z.object({ score: z.number().int(), label: z.string() })),
      }),
    ),
  })
  .openapi('SatisfactionSurvey');

const getSurveyRoute = createRoute({
  method: 'get',
  path: '/requests/{number}/survey',
  operationId: 'getSatisfactionSurvey',
  tags: ['public'],
  security: PUBLIC,
  summary: 'The satisfaction survey of a request: whether it may be answered now, and its questions (scores 1–4)',
  middleware: [publicRateLimit] as const,
  request: { params: numberParam, query: codeQuery },
  responses: {
    200: json(surveySchema, 'State and questions, in the Accept-Language'),
    ...errors({ 400: 'Invalid query', 404: 'Unknown number or wrong code (the two look the same)', 429: 'Rate limited' }),
  },
});

const answerSurveyRoute = createRoute({
  method: 'post',
  path: '/requests/{number}/survey',
  operationId: 'answerSatisfactionSurvey',
  tags: ['public'],
  security: PUBLIC,
  summary:
    'Answer the satisfaction survey of a closed request, once (optional and anonymous: only counted by unit, year and half, never stored with the request)',
  middleware: [publicRateLimit] as const,
  request: { params: numberParam, query: codeQuery, body: jsonBody(surveyAnswerSchema) },
  responses: {
    201: json(z.object({ recorded: z.literal(true) }), 'Counted'),
    ...errors({
      400: 'A score outside 1–4 or missing, a request not closed, or a survey already answered (error.fields names each)',
      404: 'Unknown number or wrong code',
      415: 'Not JSON',
      429: 'Rate limited',
    }),
  },
});

export function surveyRoutes() {
  const app = apiRouter();

  app.openapi(getSurveyRoute, async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const row = await trackedCase(deps, c.req.valid('param').number, c.req.valid('query').code ?? c.req.header('X-Tracking-Code'));
    return c.json(
      {
        state: await surveyState(deps.db, deps.secret, row),
        questions: surveyElements.map((element) => ({
          element,
          question: t(lang, ELEMENT_QUESTIONS[element]),
          scores: surveyScores.map((score) => ({ score, label: t(lang, SCORE_WORDS[score]) })),
        })),
      },
      200,
    );
  });

  app.openapi(answerSurveyRoute, async (c) => {
    const deps = c.get('deps');
    const row = await trackedCase(deps, c.req.valid('param').number, c.req.valid('query').code ?? c.req.header('X-Tracking-Code'));
    await submitSurvey(deps, row.id, c.req.valid('json'));
    return c.json({ recorded: true as const }, 201);
  });

  return app;
}
