/** Every failure a handler can report on purpose; `toErrorResponse` maps kinds to statuses in one place. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'too_many_requests'
  | 'gone'
  | 'unavailable';

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `address.postcode`; empty for the whole input. */
  path: string;
  /** Stable message key the storefront translates, e.g. `too_small`. */
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable machine-readable code, e.g. `out_of_stock`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: ErrorDetail[], code = 'validation_failed') {
    super('validation', code, message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication is required.') {
    super('unauthorized', 'unauthorized', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', 'forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, code = 'not_found') {
    super('not_found', code, message);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super('conflict', code, message, details);
  }
}

export class UnprocessableError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super('unprocessable', code, message, details);
  }
}

const statusOf = (kind: ErrorKind): number => {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unprocessable':
      return 422;
    case 'too_many_requests':
      return 429;
    case 'gone':
      return 410;
    case 'unavailable':
      return 503;
  }
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Status and body for any thrown value; unknown errors become a 500 that reveals nothing. */
export const toErrorResponse = (error: unknown): { statusCode: number; body: ErrorBody } => {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { statusCode: statusOf(error.kind), body };
  }
  return {
    statusCode: 500,
    body: { error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } },
  };
};
