import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from './errors.ts';

/** Largest JSON body accepted by default (API Gateway itself stops at 10 MB). */
export const defaultMaxBodyBytes = 64 * 1024;

const jsonContentType = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/**
 * Parses a JSON body into `event.body`. Written here rather than taken from
 * @middy/http-json-body-parser because that one answers 415 for malformed JSON and has no size
 * limit; we owe integrators 400, 413 and 415 each for its own reason.
 */
export const jsonBody = (maxBytes = defaultMaxBodyBytes): MiddlewareObj<APIGatewayProxyEventV2> => ({
  before: ({ event }) => {
    const raw = event.body;
    if (raw === undefined || raw === '') {
      throw new AppError('validation', 'body_required', 'A JSON body is required.');
    }
    const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.byteLength > maxBytes) {
      throw new AppError('payload_too_large', 'payload_too_large', `The body must not exceed ${maxBytes} bytes.`, {
        maxBytes,
      });
    }
    const contentType = event.headers['content-type'] ?? '';
    if (!jsonContentType.test(contentType)) {
      throw new AppError('unsupported_media_type', 'unsupported_media_type', 'The body must be sent as application/json.');
    }
    try {
      (event as { body: unknown }).body = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new AppError('validation', 'invalid_json', 'The body is not valid JSON.');
    }
  },
});
