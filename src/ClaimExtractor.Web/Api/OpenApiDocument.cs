namespace ClaimExtractor.Web.Api;

/// <summary>The OpenAPI 3.1 description of the JSON API, served at <c>/api/openapi.json</c>.</summary>
public static class OpenApiDocument
{
    /// <summary>The document.</summary>
    public const string Json = """
        {
          "openapi": "3.1.0",
          "info": { "title": "claimx review API", "version": "1" },
          "components": {
            "parameters": {
              "offset": { "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "default": 0 } },
              "limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 50 } },
              "format": { "name": "format", "in": "query", "description": "csv for CSV (or send Accept: text/csv)", "schema": { "enum": ["json", "csv"] } }
            },
            "schemas": {
              "Page": {
                "type": "object",
                "required": ["offset", "limit", "items"],
                "properties": {
                  "offset": { "type": "integer" }, "limit": { "type": "integer" },
                  "total": { "type": ["integer", "null"], "description": "matches across all pages, where counted" },
                  "items": { "type": "array", "items": {} }
                }
              }
            }
          },
          "paths": {
            "/api/contradictions": {
              "get": {
                "summary": "Flags, most severe first",
                "parameters": [
                  { "name": "status", "in": "query", "schema": { "enum": ["open", "confirmed", "dismissed"] } },
                  { "name": "kind", "in": "query", "schema": { "enum": ["value_mismatch", "arithmetic", "self", "update"] } },
                  { "name": "entity", "in": "query", "schema": { "type": "string" } },
                  { "name": "metric", "in": "query", "schema": { "type": "string" } },
                  { "name": "outlet", "in": "query", "schema": { "type": "string" } },
                  { "name": "from", "in": "query", "description": "published on or after (either document)", "schema": { "type": "string", "format": "date" } },
                  { "name": "to", "in": "query", "description": "published on or before (either document)", "schema": { "type": "string", "format": "date" } },
                  { "name": "q", "in": "query", "description": "text in the explanation, key, quotes or titles", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/format" }
                ],
                "responses": { "200": { "description": "A page", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } }, "text/csv": {} } }, "400": { "description": "A bad filter" } }
              }
            },
            "/api/claims": {
              "get": {
                "summary": "Claims by document and offset",
                "parameters": [
                  { "name": "entity", "in": "query", "schema": { "type": "string" } },
                  { "name": "metric", "in": "query", "schema": { "type": "string" } },
                  { "name": "source", "in": "query", "schema": { "type": "string" } },
                  { "name": "min_confidence", "in": "query", "description": "claim-worthiness confidence at least this", "schema": { "type": "number", "minimum": 0, "maximum": 1 } },
                  { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/format" }
                ],
                "responses": { "200": { "description": "A page", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } }, "text/csv": {} } }, "400": { "description": "A bad filter" } }
              }
            },
            "/api/documents": {
              "get": {
                "summary": "Documents by id, without their text",
                "parameters": [
                  { "name": "outlet", "in": "query", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/format" }
                ],
                "responses": { "200": { "description": "A page", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } }, "text/csv": {} } } }
              }
            },
            "/api/entities": {
              "get": {
                "summary": "Entities by name, with aliases and claim counts",
                "parameters": [
                  { "name": "name", "in": "query", "description": "in the name or an alias", "schema": { "type": "string" } },
                  { "$ref": "#/components/parameters/offset" }, { "$ref": "#/components/parameters/limit" }, { "$ref": "#/components/parameters/format" }
                ],
                "responses": { "200": { "description": "A page", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Page" } }, "text/csv": {} } } }
              }
            }
          }
        }
        """;
}
