/**
 * The one error registry: every failure (contract validation, body parsing, authentication,
 * business rules, missing objects, database constraints, bugs) becomes `application/problem+json`
 * here. Handlers only throw; none writes error JSON itself.
 * @module
 */
import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";

/** One rejected field or parameter, named by its dotted camelCase path. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** The kinds of problem the API answers with: status, code, title and the `type` slug. */
export const PROBLEM_KINDS = {
  invalid: { status: 400, code: "invalid", title: "Ongeldige invoer.", type: "ValidationError" },
  parse_error: { status: 400, code: "parse_error", title: "Ongeldig verzoek.", type: "ParseError" },
  not_authenticated: {
    status: 401,
    code: "not_authenticated",
    title: "Authenticatiegegevens zijn niet opgegeven.",
    type: "NotAuthenticated",
  },
  authentication_failed: {
    status: 401,
    code: "authentication_failed",
    title: "Ongeldige authenticatiegegevens.",
    type: "AuthenticationFailed",
  },
  permission_denied: {
    status: 403,
    code: "permission_denied",
    title: "Geen toestemming voor deze handeling.",
    type: "PermissionDenied",
  },
  not_found: { status: 404, code: "not_found", title: "Niet gevonden.", type: "NotFound" },
  method_not_allowed: {
    status: 405,
    code: "method_not_allowed",
    title: "Methode niet toegestaan.",
    type: "MethodNotAllowed",
  },
  not_acceptable: { status: 406, code: "not_acceptable", title: "Niet acceptabel.", type: "NotAcceptable" },
  conflict: { status: 409, code: "conflict", title: "Conflict.", type: "Conflict" },
  precondition_failed: {
    status: 412,
    code: "precondition_failed",
    title: "Niet aan de voorwaarde voldaan.",
    type: "PreconditionFailed",
  },
  payload_too_large: { status: 413, code: "payload_too_large", title: "Verzoek te groot.", type: "PayloadTooLarge" },
  unsupported_media_type: {
    status: 415,
    code: "unsupported_media_type",
    title: "Niet-ondersteund mediatype.",
    type: "UnsupportedMediaType",
  },
  headers_too_large: {
    status: 431,
    code: "headers_too_large",
    title: "URL of headers te groot.",
    type: "RequestHeaderFieldsTooLarge",
  },
  throttled: { status: 429, code: "throttled", title: "Te veel aanvragen.", type: "Throttled" },
  error: { status: 500, code: "error", title: "Er is een serverfout opgetreden.", type: "APIException" },
  not_implemented: { status: 501, code: "not_implemented", title: "Nog niet geïmplementeerd.", type: "NotImplemented" },
  service_unavailable: {
    status: 503,
    code: "service_unavailable",
    title: "Dienst niet beschikbaar.",
    type: "ServiceUnavailable",
  },
} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/**
 * A failure with a known kind; throw it from anywhere, the error handler renders it.
 * @example
 * throw new Problem("not_found", "Er is geen categorie met deze uuid.");
 * throw Problem.invalid([{ name: "partij.uuid", code: "does_not_exist", reason: "Partij object bestaat niet." }]);
 */
export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string = PROBLEM_KINDS[kind].title,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
    this.name = "Problem";
  }

  /** A 400 naming the rejected fields. */
  static invalid(invalidParams: InvalidParam[], detail = "Eén of meer velden zijn niet correct ingevuld."): Problem {
    return new Problem("invalid", detail, invalidParams);
  }
}

/** The JSON body of a problem response (RFC 9457 plus `code` and `invalidParams`). */
export interface ProblemBody {
  type: string;
  code: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  invalidParams?: InvalidParam[];
}

/**
 * Renders a problem as its response body; `typeBase` is the origin the `type` URL hangs under.
 * @example
 * toProblemBody(new Problem("not_found"), "https://ki.example.org").type;
 * // "https://ki.example.org/ref/fouten/NotFound/"
 */
export function toProblemBody(problem: Problem, typeBase: string): ProblemBody {
  const kind = PROBLEM_KINDS[problem.kind];
  const body: ProblemBody = {
    type: `${typeBase}/ref/fouten/${kind.type}/`,
    code: kind.code,
    title: kind.title,
    status: kind.status,
    detail: problem.detail,
    instance: `urn:uuid:${randomUUID()}`,
  };
  // the contract's 400 schema requires invalidParams, so every 400 carries the list
  if (problem.invalidParams || kind.status === 400) {
    body.invalidParams = problem.invalidParams ?? [];
  }
  return body;
}

/**
 * Turns anything thrown or passed to `next(err)` into a {@link Problem}.
 * @example
 * toProblem({ type: "entity.parse.failed", message: "Unexpected token" }).kind; // "parse_error"
 */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) {
    return error;
  }
  const candidate = error as Partial<HttpLikeError> | undefined;
  if (candidate && typeof candidate === "object") {
    return (
      fromBodyParser(candidate) ??
      fromValidator(candidate) ??
      fromDatabase(candidate) ??
      new Problem("error", "Er is een onverwachte fout opgetreden.")
    );
  }
  return new Problem("error", "Er is een onverwachte fout opgetreden.");
}

interface HttpLikeError {
  name: string;
  status: number;
  type: string;
  code: string;
  message: string;
  constraint: string;
  detail: string;
  errors: { path?: string; message?: string; errorCode?: string }[];
}

function fromBodyParser(error: Partial<HttpLikeError>): Problem | undefined {
  if (error.type === "entity.parse.failed") {
    const reason = `JSON parse error - ${error.message ?? "ongeldige JSON"}`;
    return new Problem("parse_error", reason, [{ name: "nonFieldErrors", code: "parse_error", reason }]);
  }
  if (error.type === "entity.too.large") {
    return new Problem("payload_too_large");
  }
  if (error.type === "encoding.unsupported" || error.type === "charset.unsupported") {
    return new Problem("unsupported_media_type", error.message);
  }
  return undefined;
}

const VALIDATOR_STATUS: Partial<Record<number, ProblemKind>> = {
  400: "invalid",
  404: "not_found",
  405: "method_not_allowed",
  406: "not_acceptable",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

// express-openapi-validator errors carry `status` and `errors: [{path, message, errorCode}]`
function fromValidator(error: Partial<HttpLikeError>): Problem | undefined {
  if (typeof error.status !== "number" || !Array.isArray(error.errors)) {
    return undefined;
  }
  const kind = VALIDATOR_STATUS[error.status];
  if (kind === "invalid") {
    return Problem.invalid(toInvalidParams(error.errors));
  }
  if (kind === "not_found") {
    return new Problem("not_found", "Deze URL bestaat niet in de API.");
  }
  if (kind) {
    return new Problem(kind, error.errors[0]?.message ?? PROBLEM_KINDS[kind].title);
  }
  // response validation failures (500): the server broke the contract, a bug to log
  return undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  integer: "een geheel getal",
  number: "een getal",
  boolean: "true of false",
  array: "een lijst",
  object: "een object",
};

const COMPOSITION_NOISE = /^(oneOf|anyOf|allOf|if)\./;

/**
 * Maps validator errors to `invalidParams`: one entry per path (the first error wins), without
 * the summary lines `oneOf`/`anyOf` add, named like the reference (`/body/partij/uuid` ->
 * `partij.uuid`, a wrong type for an object -> `partij.nonFieldErrors`).
 * @example
 * toInvalidParams([{ path: "/body/partij/uuid", message: 'must match format "uuid"', errorCode: "format.openapi.validation" }]);
 * // [{ name: "partij.uuid", code: "invalid", reason: "Voer een geldige UUID in." }]
 */
export function toInvalidParams(errors: HttpLikeError["errors"]): InvalidParam[] {
  const byPath = new Map<string, InvalidParam>();
  const paths = errors.map((error) => error.path ?? "");
  for (const error of errors) {
    // a nullable reference fails both branches (object | null); the error deeper in the
    // object says what is wrong, the "not null" of the other branch is noise
    const path = error.path ?? "";
    const summarises = paths.some((other) => other.startsWith(`${path}/`));
    if (COMPOSITION_NOISE.test(error.errorCode ?? "") || summarises) {
      continue;
    }
    // both branches fail on the same path too: the first (the object branch) is the useful one
    if (!byPath.has(path)) {
      byPath.set(path, describe(path, error.message ?? "", error.errorCode ?? ""));
    }
  }
  return [...byPath.values()];
}

function describe(path: string, message: string, errorCode: string): InvalidParam {
  const segments = path
    .replace(/^\/?(body|query|params|headers|path)\/?/, "")
    .split("/")
    .filter((segment) => segment !== "");
  const rule = errorCode.replace(/\.openapi\.(validation|requestValidation)$/, "");
  const name = segments.join(".") || "nonFieldErrors";
  if (rule === "type" && message === "must be object") {
    const given = /^\/body\/?$/.test(path) ? "nonFieldErrors" : `${name}.nonFieldErrors`;
    return { name: given, code: "invalid", reason: "Ongeldige data. Verwacht een dictionary." };
  }
  if (rule === "type" && message.includes("null")) {
    return { name, code: "null", reason: "Dit veld mag niet leeg zijn." };
  }
  if (rule === "type") {
    const expected = /must be (\w+)/.exec(message)?.[1] ?? "";
    return { name, code: "invalid", reason: `Ongeldig type: verwacht ${TYPE_NAMES[expected] ?? expected}.` };
  }
  if (rule === "required") {
    return { name, code: "required", reason: "Dit veld is vereist." };
  }
  if (rule === "maxLength") {
    const limit = /(\d+)/.exec(message)?.[1];
    return { name, code: "max_length", reason: `Zorg ervoor dat dit veld niet meer dan ${limit} tekens bevat.` };
  }
  if (rule === "minLength") {
    const limit = /(\d+)/.exec(message)?.[1];
    return { name, code: "min_length", reason: `Zorg ervoor dat dit veld minstens ${limit} tekens bevat.` };
  }
  if (rule === "minimum" || rule === "maximum") {
    const limit = /(-?\d+(\.\d+)?)/.exec(message)?.[1];
    return rule === "minimum"
      ? { name, code: "min_value", reason: `Zorg ervoor dat deze waarde groter is dan of gelijk is aan ${limit}.` }
      : { name, code: "max_value", reason: `Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan ${limit}.` };
  }
  if (rule === "pattern") {
    return { name, code: "invalid", reason: "Deze waarde heeft niet de vorm die de standaard voorschrijft." };
  }
  if (rule === "enum") {
    return { name, code: "invalid_choice", reason: "Dit is geen geldige keuze." };
  }
  if (rule === "format" && message.includes('"uuid"')) {
    return { name, code: "invalid", reason: "Voer een geldige UUID in." };
  }
  if (rule === "format" && message.includes('"uri"')) {
    return { name, code: "invalid", reason: "Voer een geldige URL in." };
  }
  if (rule === "format" && message.includes('"date"')) {
    return { name, code: "invalid", reason: "Datum heeft het verkeerde formaat. Gebruik het formaat JJJJ-MM-DD." };
  }
  return { name, code: "invalid", reason: message };
}

// the database cannot be reached or dropped the connection: the server is fine, the request
// can be retried; socket errors (connect, DNS), SQLSTATE class 08 (connection exception),
// 57P01-57P03 (shutdown, crash, starting up), 53300 (too many connections), a pool that found no
// free connection in time, and pg's errors for a connection that died between queries
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const UNREACHABLE_MESSAGE = /Connection terminated( unexpectedly)?$|is not queryable|Timeout acquiring a connection/;

const uniqueField = (name: string, model: string): InvalidParam => ({
  name,
  code: "unique",
  reason: `Er bestaat al een ${model} met dit ${name}.`,
});
const UNIQUE_IDENTIFICATOR: InvalidParam = {
  name: "__all__",
  code: "unique",
  reason:
    "Er bestaat al een PartijIdentificator met deze combinatie van codeObjecttype, codeSoortObjectId, objectId en codeRegister.",
};

// the unique indexes behind the uniqueness rules: a rule checks before the insert, but of two
// requests at the same moment both pass it and the index refuses the second; that one then
// learns which field clashed, as the rule would have told it a moment later
const UNIQUE_INDEXES: Record<string, InvalidParam> = {
  partijen_nummer_unique: uniqueField("nummer", "partij"),
  klantcontacten_nummer_unique: uniqueField("nummer", "klantcontact"),
  klantcontacten_referentienummer_unique: uniqueField("referentienummer", "klantcontact"),
  internetaken_nummer_unique: uniqueField("nummer", "interne taak"),
  internetaken_referentienummer_unique: uniqueField("referentienummer", "interne taak"),
  partij_identificatoren_uniek_zonder_ouder: UNIQUE_IDENTIFICATOR,
  partij_identificatoren_uniek_met_ouder: {
    ...UNIQUE_IDENTIFICATOR,
    reason: "Onder deze subIdentificatorVan bestaat al een PartijIdentificator met deze vier gegevens.",
  },
  partij_identificatoren_soort_per_partij: {
    name: "__all__",
    code: "unique",
    reason: "Deze partij heeft al een PartijIdentificator met deze codeSoortObjectId; van elke soort hooguit één.",
  },
  digitale_adressen_een_standaard: {
    name: "isStandaardAdres",
    code: "unique",
    reason: "Deze partij heeft al een standaardadres van deze soort.",
  },
  digitale_adressen_referentie_uniek: {
    name: "nonFieldErrors",
    code: "unique",
    reason: "Deze partij heeft al een digitaal adres van deze soort met deze referentie.",
  },
};

/** Seconds a client is asked to wait after a 503: about the time a restarted database needs. */
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

// PostgreSQL SQLSTATE codes that are the client's doing or worth a retry, not a server bug
function fromDatabase(error: Partial<HttpLikeError>): Problem | undefined {
  if (
    error.name === "KnexTimeoutError" ||
    UNREACHABLE_CODES.has(error.code ?? "") ||
    /^08/.test(error.code ?? "") ||
    UNREACHABLE_MESSAGE.test(error.message ?? "")
  ) {
    return new Problem("service_unavailable", "De database is tijdelijk niet bereikbaar; probeer het zo opnieuw.");
  }
  switch (error.code) {
    case "23505":
      return Problem.invalid([
        UNIQUE_INDEXES[error.constraint ?? ""] ?? {
          name: "nonFieldErrors",
          code: "unique",
          reason: "Er bestaat al een object met deze waarden.",
        },
      ]);
    case "23503":
      return Problem.invalid([
        {
          name: "nonFieldErrors",
          code: "protected",
          reason: "Dit object wordt nog gebruikt door een ander object of verwijst naar een object dat niet bestaat.",
        },
      ]);
    case "40001":
    case "40P01":
      return new Problem("conflict", "Een gelijktijdige wijziging blokkeerde dit verzoek; probeer het opnieuw.");
    default:
      return undefined;
  }
}

/**
 * The Express error handler that renders every problem; mount it last.
 * `typeBase` gives the origin for `type` URLs of a request.
 * @example
 * app.use(problemHandler({ logger, typeBase: (req) => `${req.protocol}://${req.get("host")}` }));
 */
export function problemHandler(options: {
  logger: Logger;
  typeBase: (req: Parameters<ErrorRequestHandler>[1]) => string;
}): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error);
    const body = toProblemBody(problem, options.typeBase(req));
    if (body.status >= 500) {
      options.logger.error({ err: error, exceptionId: body.instance, reqId: req.id }, "request failed");
    } else {
      options.logger.debug({ exceptionId: body.instance, code: body.code, reqId: req.id }, "request rejected");
    }
    if (res.headersSent) {
      return;
    }
    if (body.status === 503) {
      res.set("Retry-After", String(RETRY_AFTER_UNAVAILABLE_SECONDS));
    }
    // res.json keeps the problem+json type and lets response validation (when on) check the body too
    res.status(body.status).type("application/problem+json").json(body);
  };
}
