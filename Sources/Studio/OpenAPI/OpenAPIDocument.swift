/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.yaml`. A test checks
/// that every route the server registers is described here and the other way round.
enum OpenAPIDocument {
    static let yaml = """
        openapi: 3.1.0
        info:
          title: Cliffhanger Studio API
          version: 1.0.0
          description: |
            Review, schedule and publish AI-generated micro-drama series, and ingest viewer events.
            Log in with POST /login (a session cookie) or send HTTP Basic credentials. Every error is
            a JSON object {"error": {"code", "message", "field"}} with a 4xx status for bad input.
            Roles: reviewer (review actions), producer (also render, retry, schedule), admin.
        servers:
          - url: /api/v1
        components:
          securitySchemes:
            session: {type: apiKey, in: cookie, name: cliff_session}
            basic: {type: http, scheme: basic}
          schemas:
            Error:
              type: object
              required: [error]
              properties:
                error:
                  type: object
                  required: [code, message]
                  properties:
                    code: {type: string, enum: [invalidInput, unauthenticated, forbidden, notFound, conflict, tooLarge, rateLimited, storeFailed, unavailable]}
                    message: {type: string}
                    field: {type: string, description: "JSON path of the field at fault, e.g. batch[2].timestamp"}
            User:
              type: object
              properties: {name: {type: string}, role: {type: string, enum: [reviewer, producer, admin]}}
            EpisodeState: {type: string, enum: [draft, rendering, in-review, rejected, approved, scheduled, published]}
            SeriesSummary:
              type: object
              properties:
                id: {type: string}
                title: {type: string}
                language: {type: string}
                genre: {type: string}
                episodes: {type: integer}
                states: {type: object, additionalProperties: {type: integer}}
                spentUSD: {type: number}
            EpisodeSummary:
              type: object
              properties:
                number: {type: integer}
                title: {type: string}
                state: {$ref: '#/components/schemas/EpisodeState'}
                lines: {type: integer}
                costUSD: {type: number}
                releaseAt: {type: string, format: date-time}
                locked: {type: boolean}
                hasRender: {type: boolean}
            Shot:
              type: object
              properties:
                number: {type: integer}
                scene: {type: integer}
                start: {type: number}
                duration: {type: number}
                framing: {type: string}
                camera: {type: string}
                location: {type: string}
                speaker: {type: string}
                line: {type: string}
                beat: {type: string}
                take: {type: integer}
            ReviewRecord:
              type: object
              properties:
                id: {type: integer}
                series: {type: string}
                episode: {type: integer}
                action: {type: string, enum: [approve, reject, regenerate, render, publish]}
                actor: {type: string}
                note: {type: string}
                render: {type: string, description: SHA-256 of the episode file the action was about}
                detail: {type: string}
                at: {type: number, description: seconds since 1970}
            EpisodeDetail:
              type: object
              properties:
                series: {type: string}
                number: {type: integer}
                title: {type: string}
                state: {$ref: '#/components/schemas/EpisodeState'}
                script: {type: string}
                shots: {type: array, items: {$ref: '#/components/schemas/Shot'}}
                video: {type: string}
                preview: {type: string}
                subtitles: {type: string}
                cover: {type: string}
                render: {type: string}
                history: {type: array, items: {$ref: '#/components/schemas/ReviewRecord'}}
                allowedActions: {type: array, items: {type: string}}
                releaseAt: {type: string, format: date-time}
                scenes: {type: integer}
            ReleaseCalendar:
              type: object
              required: [launchDate, time, timeZone, launchEpisodes, perDay, priceCoins, startingCoins]
              properties:
                launchDate: {type: string, example: "2026-12-01"}
                time: {type: string, example: "20:00"}
                timeZone: {type: string, example: Asia/Shanghai}
                launchEpisodes: {type: integer, minimum: 1}
                perDay: {type: integer, minimum: 1}
                paywallFrom: {type: [integer, "null"], minimum: 1}
                priceCoins: {type: integer, minimum: 0}
                startingCoins: {type: integer, minimum: 0}
            ViewerEvent:
              type: object
              required: [message_id, event, anonymous_id, timestamp, properties]
              properties:
                message_id: {type: string, maxLength: 100, description: unique; repeated ids are ignored}
                event: {type: string, enum: [playback_started, content_playing, playback_paused, playback_resumed, playback_completed, swiped_away, unlocked, liked, shared]}
                anonymous_id: {type: string}
                timestamp: {type: string, format: date-time}
                properties:
                  type: object
                  required: [series, episode]
                  properties:
                    series: {type: string}
                    episode: {type: integer, minimum: 1}
                    position_ms: {type: integer, minimum: 0, description: required for content_playing, playback_paused, playback_completed and swiped_away}
                    session_id: {type: string}
                    variant: {type: string}
            IngestReport:
              type: object
              properties:
                accepted: {type: integer}
                duplicates: {type: integer}
                rejected:
                  type: array
                  items: {type: object, properties: {index: {type: integer}, field: {type: string}, reason: {type: string}}}
          responses:
            Error: {description: the request failed, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        security:
          - session: []
          - basic: []
        paths:
          /login:
            post:
              summary: Log in; sets the session cookie
              security: []
              requestBody: {required: true, content: {application/json: {schema: {type: object, required: [name, password], properties: {name: {type: string}, password: {type: string}}}}}}
              responses: {'200': {description: the user, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}, '401': {$ref: '#/components/responses/Error'}, '429': {$ref: '#/components/responses/Error'}}
          /logout:
            post:
              summary: End the session
              security: []
              responses: {'200': {description: logged out}}
          /openapi.yaml:
            get:
              summary: This document
              security: []
              responses: {'200': {description: OpenAPI YAML}}
          /me:
            get:
              summary: The logged-in user
              responses: {'200': {description: the user, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}, '401': {$ref: '#/components/responses/Error'}}
          /series:
            get:
              summary: Every series with its episodes' states and spend
              responses: {'200': {description: series, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/SeriesSummary'}}}}}, '401': {$ref: '#/components/responses/Error'}}
          /series/{series}:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            get:
              summary: A series, its plan and its episodes
              responses: {'200': {description: the series}, '404': {$ref: '#/components/responses/Error'}}
          /series/{series}/episodes/{episode}:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}, {name: episode, in: path, required: true, schema: {type: integer, minimum: 1}}]
            get:
              summary: An episode as a reviewer sees it
              responses: {'200': {description: the episode, content: {application/json: {schema: {$ref: '#/components/schemas/EpisodeDetail'}}}}, '404': {$ref: '#/components/responses/Error'}}
          /series/{series}/episodes/{episode}/script:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}, {name: episode, in: path, required: true, schema: {type: integer, minimum: 1}}]
            get:
              summary: The episode's Fountain script
              responses: {'200': {description: text/plain Fountain}}
          /series/{series}/episodes/{episode}/shots:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}, {name: episode, in: path, required: true, schema: {type: integer, minimum: 1}}]
            get:
              summary: The produced cut's shots
              responses: {'200': {description: shots, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Shot'}}}}}}
          /series/{series}/episodes/{episode}/reviews:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}, {name: episode, in: path, required: true, schema: {type: integer, minimum: 1}}]
            get:
              summary: The episode's history
              responses: {'200': {description: records, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/ReviewRecord'}}}}}}
            post:
              summary: Approve, reject (note), regenerate shots or a scene (note), or render (producer)
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [action]
                      properties:
                        action: {type: string, enum: [approve, reject, regenerate, render]}
                        note: {type: string}
                        shots: {type: array, items: {type: integer, minimum: 1}}
                        scene: {type: integer, minimum: 1}
              responses: {'201': {description: the episode after the action}, '400': {$ref: '#/components/responses/Error'}, '403': {$ref: '#/components/responses/Error'}, '409': {$ref: '#/components/responses/Error'}}
          /series/{series}/schedule:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            get:
              summary: The release calendar
              responses: {'200': {description: the calendar, content: {application/json: {schema: {$ref: '#/components/schemas/ReleaseCalendar'}}}}, '404': {$ref: '#/components/responses/Error'}}
            put:
              summary: Set the release calendar (producer)
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ReleaseCalendar'}}}}
              responses: {'200': {description: the calendar}, '400': {$ref: '#/components/responses/Error'}, '403': {$ref: '#/components/responses/Error'}}
          /series/{series}/jobs:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            get:
              summary: The production queue
              responses: {'200': {description: counts, running, retrying and failed jobs}}
          /series/{series}/jobs/retry:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            post:
              summary: Give failed jobs fresh tries (producer)
              responses: {'202': {description: retrying}, '403': {$ref: '#/components/responses/Error'}}
          /series/{series}/render:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            post:
              summary: Queue renders of episodes (producer)
              requestBody: {required: true, content: {application/json: {schema: {type: object, required: [episodes], properties: {episodes: {type: array, items: {type: integer, minimum: 1}}}}}}}
              responses: {'202': {description: queued}, '400': {$ref: '#/components/responses/Error'}, '403': {$ref: '#/components/responses/Error'}}
          /series/{series}/costs:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            get:
              summary: Spend per episode
              responses: {'200': {description: costs}}
          /jobs/events:
            get:
              summary: Live production events (server-sent events)
              responses: {'200': {description: text/event-stream of queued, planned, started, finished, retrying, failed and ended events}}
          /channel/{series}:
            parameters: [{name: series, in: path, required: true, schema: {type: string}}]
            get:
              summary: The public channel's released episodes
              security: []
              responses: {'200': {description: released episodes and the paywall}}
          /events:
            post:
              summary: Ingest viewer events (public, rate-limited, at most 1,000 per batch and 1 MB)
              security: []
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      oneOf:
                        - {$ref: '#/components/schemas/ViewerEvent'}
                        - {type: array, items: {$ref: '#/components/schemas/ViewerEvent'}}
                        - {type: object, required: [batch], properties: {batch: {type: array, items: {$ref: '#/components/schemas/ViewerEvent'}}}}
              responses: {'200': {description: stored, duplicates and rejections, content: {application/json: {schema: {$ref: '#/components/schemas/IngestReport'}}}}, '400': {$ref: '#/components/responses/Error'}, '413': {$ref: '#/components/responses/Error'}, '429': {$ref: '#/components/responses/Error'}}
        """
}
