/// The API's OpenAPI 3.1 description, served at `/openapi.json`. `OpenAPIConformanceTests`
/// hold the router to it (every route documented, every documented route answered) and
/// schemathesis (`.ci/run`) holds every response to its schemas.
enum OpenAPIDocument {
    static let text = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "oam API",
            "version": "1.0.0",
            "description": "The registry of AI accelerator modules, its adapters and its fit solver over HTTP. Every route has a command-line twin (Docs/api.md); v1 changes are additive only. Figures are SI units, as in `oam export`.",
            "license": {
              "name": "Apache-2.0",
              "identifier": "Apache-2.0"
            }
          },
          "servers": [
            {
              "url": "http://127.0.0.1:8080"
            }
          ],
          "paths": {
            "/healthz": {
              "get": {
                "operationId": "health",
                "summary": "Registry revision and counts; exempt from the concurrency bound.",
                "responses": {
                  "200": {
                    "description": "The server is up.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ]
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "OpenAPI 3.1 document.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  }
                }
              }
            },
            "/api/v1/accelerators": {
              "get": {
                "operationId": "listAccelerators",
                "summary": "Accelerators, filtered as `oam list accelerators` filters them.",
                "parameters": [
                  {
                    "name": "vendor",
                    "in": "query",
                    "required": false,
                    "description": "Only this vendor (the id's part before the slash, e.g. `amd`).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "form-factor",
                    "in": "query",
                    "required": false,
                    "description": "Only this form factor.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "oam",
                        "sxm",
                        "pcie",
                        "proprietary"
                      ]
                    }
                  },
                  {
                    "name": "precision",
                    "in": "query",
                    "required": false,
                    "description": "Only modules with a known dense peak in this precision.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "fp64",
                        "fp32",
                        "tf32",
                        "bf16",
                        "fp16",
                        "fp8",
                        "fp6",
                        "fp4",
                        "int8",
                        "int4"
                      ]
                    }
                  },
                  {
                    "name": "min-memory",
                    "in": "query",
                    "required": false,
                    "description": "Only modules with at least this much memory (decimal or binary byte units).",
                    "schema": {
                      "type": "string",
                      "pattern": "^ *\\+?([0-9]{1,18}\\.?[0-9]{0,18}|\\.[0-9]{1,18})([eE][+-]?[0-9]{1,2})? *(B|kB|MB|GB|TB|PB|EB|KiB|MiB|GiB|TiB|PiB) *$",
                      "examples": [
                        "96GiB",
                        "192 GB"
                      ]
                    }
                  },
                  {
                    "name": "spec",
                    "in": "query",
                    "required": false,
                    "description": "Only modules that claim this module spec (a registry spec id).",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "ocp-oam-2.0"
                      ]
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Only modules whose id, name or an alias matches (`oam list --search`).",
                    "schema": {
                      "type": "string",
                      "examples": [
                        "mi300"
                      ]
                    }
                  },
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Accelerators, sorted by id.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Accelerator"
                          }
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "description": "A filter value is malformed, or an unknown parameter.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No module spec has the `spec` id; `suggestions` lists the closest.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/accelerators/{vendor}/{product}": {
              "get": {
                "operationId": "showAccelerator",
                "summary": "One accelerator (`oam show VENDOR/PRODUCT --format json`).",
                "parameters": [
                  {
                    "name": "vendor",
                    "in": "path",
                    "required": true,
                    "description": "Vendor part of the id (`amd`).",
                    "schema": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  {
                    "name": "product",
                    "in": "path",
                    "required": true,
                    "description": "Product part of the id (`mi300x`).",
                    "schema": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The accelerator.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Accelerator"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "404": {
                    "description": "No accelerator has this id or alias; `suggestions` lists the closest ids.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/models": {
              "get": {
                "operationId": "listModels",
                "summary": "Models (`oam list models --format json`).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Models, sorted by id.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Model"
                          }
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/models/{org}/{name}": {
              "get": {
                "operationId": "showModel",
                "summary": "One model (`oam show ORG/NAME --format json`).",
                "parameters": [
                  {
                    "name": "org",
                    "in": "path",
                    "required": true,
                    "description": "Organisation part of the id (`meta-llama`).",
                    "schema": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  {
                    "name": "name",
                    "in": "path",
                    "required": true,
                    "description": "Model part of the id (`llama-3.1-70b`).",
                    "schema": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The model.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Model"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "404": {
                    "description": "No model has this id or alias.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/specs": {
              "get": {
                "operationId": "listSpecs",
                "summary": "Module specs (`oam list specs --format json`).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Module specs, sorted by id.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Spec"
                          }
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/specs/{id}": {
              "get": {
                "operationId": "showSpec",
                "summary": "One module spec (`oam show ID --format json`).",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "Spec id (`ocp-oam-2.0`).",
                    "schema": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The module spec.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Spec"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "404": {
                    "description": "No module spec has this id.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/fit": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/fit.chip"
                },
                {
                  "$ref": "#/components/parameters/fit.assume"
                },
                {
                  "$ref": "#/components/parameters/fit.modules"
                },
                {
                  "$ref": "#/components/parameters/fit.max-modules"
                },
                {
                  "$ref": "#/components/parameters/fit.node-size"
                },
                {
                  "$ref": "#/components/parameters/fit.strict-precision"
                },
                {
                  "$ref": "#/components/parameters/fit.alternatives"
                },
                {
                  "$ref": "#/components/parameters/fit.stack"
                },
                {
                  "$ref": "#/components/parameters/fit.no-adapters"
                },
                {
                  "$ref": "#/components/parameters/fit.explain"
                },
                {
                  "$ref": "#/components/parameters/fit.input-tokens"
                },
                {
                  "$ref": "#/components/parameters/fit.output-tokens"
                },
                {
                  "$ref": "#/components/parameters/fit.context"
                },
                {
                  "$ref": "#/components/parameters/fit.batch"
                },
                {
                  "$ref": "#/components/parameters/fit.max-sequences"
                },
                {
                  "$ref": "#/components/parameters/fit.weights"
                },
                {
                  "$ref": "#/components/parameters/fit.kv"
                },
                {
                  "$ref": "#/components/parameters/fit.memory-utilization"
                },
                {
                  "$ref": "#/components/parameters/fit.max-ttft"
                },
                {
                  "$ref": "#/components/parameters/fit.min-tokens-per-second-per-user"
                },
                {
                  "$ref": "#/components/parameters/fit.max-tpot"
                },
                {
                  "$ref": "#/components/parameters/fit.scenario"
                },
                {
                  "$ref": "#/components/parameters/fit.objective"
                },
                {
                  "$ref": "#/components/parameters/fit.train"
                },
                {
                  "$ref": "#/components/parameters/fit.tokens"
                },
                {
                  "$ref": "#/components/parameters/fit.days"
                },
                {
                  "$ref": "#/components/parameters/fit.optimizer"
                },
                {
                  "$ref": "#/components/parameters/fit.zero"
                },
                {
                  "$ref": "#/components/parameters/fit.recompute"
                },
                {
                  "$ref": "#/components/parameters/fit.mixed-precision"
                },
                {
                  "$ref": "#/components/parameters/fit.mfu"
                },
                {
                  "$ref": "#/components/parameters/fit.sequence-length"
                },
                {
                  "$ref": "#/components/parameters/fit.micro-batch"
                },
                {
                  "$ref": "#/components/parameters/IfNoneMatch"
                }
              ],
              "post": {
                "operationId": "fitConfig",
                "summary": "Rank accelerators for a model given as a HuggingFace config.json (`oam fit config.json --id ORG/NAME … --format json`). The query takes the same parameters as GET, with `id` in place of `model`.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "query",
                    "required": true,
                    "description": "The config's HuggingFace repo id ORG/NAME.",
                    "schema": {
                      "type": "string",
                      "pattern": "^[^/\\s]+/[^/\\s]+$",
                      "examples": [
                        "meta-llama/Llama-3.1-8B"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "A HuggingFace `config.json` (at most 1 MiB).",
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/FitResult"
                  },
                  "400": {
                    "description": "A parameter is malformed, or the config cannot be read (`line`/`column` point into it).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No chip has this id or alias.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "408": {
                    "$ref": "#/components/responses/BodyTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/BodyTooLarge"
                  },
                  "415": {
                    "description": "The body is not `application/json`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "422": {
                    "$ref": "#/components/responses/FitUnprocessable"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              },
              "get": {
                "operationId": "fit",
                "summary": "Rank accelerators for a model (`oam fit MODEL … --format json`). Parameter names are `oam fit`'s long options; flags are `name=true`.",
                "parameters": [
                  {
                    "name": "model",
                    "in": "query",
                    "required": true,
                    "description": "A registry model id or alias.",
                    "schema": {
                      "type": "string",
                      "minLength": 1,
                      "examples": [
                        "meta-llama/llama-3.1-70b"
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "$ref": "#/components/responses/FitResult"
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "description": "A parameter is malformed, out of range, unknown or does not go with the others.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No model or chip has this id or alias.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "422": {
                    "$ref": "#/components/responses/FitUnprocessable"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/validate": {
              "post": {
                "operationId": "validate",
                "summary": "Check a descriptor as if it were added to the served registry, or replaced the file at `path` (`oam validate --registry R FILE --format json`, or `--format sarif` when `Accept` asks for `application/sarif+json`). A descriptor with findings is a successful check (200); a text the YAML reader refuses is a 400 with its position.",
                "parameters": [
                  {
                    "name": "path",
                    "in": "query",
                    "required": false,
                    "description": "Where the file would sit, relative to the registry folder. Without it the location rules (`path-matches-id`) are skipped and `location.skipped_rules` names them. No `..`, `.` or empty component, no absolute path, no component starting with `.`, not under `schema/`, no backslash or control character; ends in `.yaml` or `.yml`; at most 512 bytes.",
                    "schema": {
                      "type": "string",
                      "maxLength": 512,
                      "pattern": "^([^/\\\\\\x00-\\x1f\\x7f.][^/\\\\\\x00-\\x1f\\x7f]*/)*[^/\\\\\\x00-\\x1f\\x7f.][^/\\\\\\x00-\\x1f\\x7f]*\\.ya?ml$",
                      "examples": [
                        "accelerators/acme/x1.yaml"
                      ]
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The descriptor's YAML text (UTF-8, at most 1 MiB).",
                  "content": {
                    "application/yaml": {
                      "schema": {
                        "description": "Any YAML text; what a descriptor must hold is what the validation reports on."
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The findings (possibly none). `location` says where the file was checked and which rules were skipped for want of a path.",
                    "headers": {
                      "Cache-Control": {
                        "description": "`no-store`: the answer is about the posted text.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationReport"
                        }
                      },
                      "application/sarif+json": {
                        "schema": {
                          "$ref": "#/components/schemas/SarifLog"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "A bad or unknown parameter, or a text the YAML reader refuses (syntax, encoding, an anchor or alias, a duplicate key, nesting past 64 levels, over 200,000 nodes): `line`/`column` give the position, the message the rule.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "406": {
                    "description": "`Accept` allows neither `application/json` nor `application/sarif+json`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "408": {
                    "$ref": "#/components/responses/BodyTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/BodyTooLarge"
                  },
                  "415": {
                    "description": "The body is not `application/yaml`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/adapters": {
              "get": {
                "operationId": "listAdapters",
                "summary": "In-tree and out-of-tree adapters (`oam adapters --format json`), discovered at start and after each reload, never per request.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Every adapter: in-tree first, then the out-of-tree executables found on `--adapter-path` and PATH, with what each said about itself or why it failed.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Adapter"
                          }
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "$ref": "#/components/responses/UnknownParameter"
                  },
                  "503": {
                    "description": "The first discovery after start has not finished (`not_ready`), or too many requests at once: retry after `Retry-After` seconds.",
                    "headers": {
                      "Retry-After": {
                        "$ref": "#/components/headers/RetryAfter"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/export": {
              "get": {
                "operationId": "export",
                "summary": "The whole registry as one versioned bundle in SI units with evidence (`oam export --format json|csv`).",
                "parameters": [
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "description": "`json` (default) or `csv` (one row per figure).",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "json",
                        "csv"
                      ],
                      "default": "json"
                    }
                  },
                  {
                    "$ref": "#/components/parameters/IfNoneMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The bundle.",
                    "headers": {
                      "ETag": {
                        "$ref": "#/components/headers/ETag"
                      },
                      "Cache-Control": {
                        "$ref": "#/components/headers/CacheControl"
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ExportBundle"
                        }
                      },
                      "text/csv": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "304": {
                    "$ref": "#/components/responses/NotModified"
                  },
                  "400": {
                    "description": "An unknown parameter, or a format other than `json` and `csv` (the message lists them).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            }
          },
          "components": {
            "parameters": {
              "IfNoneMatch": {
                "name": "If-None-Match",
                "in": "header",
                "required": false,
                "description": "An entity tag from an earlier `ETag`: 304 when still current.",
                "schema": {
                  "type": "string"
                }
              },
              "fit.chip": {
                "name": "chip",
                "in": "query",
                "required": false,
                "description": "An accelerator id or alias (repeatable; default: every accelerator).",
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "style": "form",
                "explode": true
              },
              "fit.modules": {
                "name": "modules",
                "in": "query",
                "required": false,
                "description": "Evaluate exactly this many modules.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1048576
                }
              },
              "fit.max-modules": {
                "name": "max-modules",
                "in": "query",
                "required": false,
                "description": "Largest module count to search.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 65536
                }
              },
              "fit.node-size": {
                "name": "node-size",
                "in": "query",
                "required": false,
                "description": "Modules per node.",
                "schema": {
                  "type": "integer",
                  "minimum": 1
                }
              },
              "fit.strict-precision": {
                "name": "strict-precision",
                "in": "query",
                "required": false,
                "description": "Refuse a precision the chip lacks natively.",
                "schema": {
                  "type": "boolean"
                }
              },
              "fit.alternatives": {
                "name": "alternatives",
                "in": "query",
                "required": false,
                "description": "Next-best plans per chip.",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                }
              },
              "fit.stack": {
                "name": "stack",
                "in": "query",
                "required": false,
                "description": "Software stack the adapters report for (`CUDA 12.4`).",
                "schema": {
                  "type": "string"
                }
              },
              "fit.no-adapters": {
                "name": "no-adapters",
                "in": "query",
                "required": false,
                "description": "Ignore adapter capability reports.",
                "schema": {
                  "type": "boolean"
                }
              },
              "fit.assume": {
                "name": "assume",
                "in": "query",
                "required": false,
                "description": "Figures to compute with where the registry and adapters leave them unknown, per module (repeatable; one value may hold several, comma-separated): a dense peak as `PRECISION=NUMBER UNIT` (TFLOPS, PFLOPS, GFLOPS; TOPS, POPS, GOPS for integer precisions) or `PRECISION=FACTORx:PRECISION` (that many times the module's dense peak in the other precision), `bandwidth=NUMBER UNIT` (GB/s, TB/s), `capacity=NUMBER UNIT` (GB, GiB, TB), `tdp=NUMBER UNIT` (W, kW); the descriptor path may stand for the name (`peak_dense.int8`, `memory.bandwidth`). A stated figure is never replaced. A bad value is a 400 naming the column of the fault. Docs/solver.md §5.6.",
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "examples": [
                      "int8=2x:fp16",
                      "fp8=1000 TFLOPS",
                      "bandwidth=1.6 TB/s,capacity=64 GB"
                    ]
                  }
                },
                "style": "form",
                "explode": true
              },
              "fit.explain": {
                "name": "explain",
                "in": "query",
                "required": false,
                "description": "Include the arithmetic step by step.",
                "schema": {
                  "type": "boolean"
                }
              },
              "fit.input-tokens": {
                "name": "input-tokens",
                "in": "query",
                "required": false,
                "description": "Prompt tokens per request (default 1024).",
                "schema": {
                  "type": "string",
                  "examples": [
                    "2048",
                    "2k"
                  ]
                }
              },
              "fit.output-tokens": {
                "name": "output-tokens",
                "in": "query",
                "required": false,
                "description": "Generated tokens per request (default 1024).",
                "schema": {
                  "type": "string",
                  "examples": [
                    "2048",
                    "2k"
                  ]
                }
              },
              "fit.context": {
                "name": "context",
                "in": "query",
                "required": false,
                "description": "Total tokens per sequence; larger than output-tokens.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "2048",
                    "2k"
                  ]
                }
              },
              "fit.batch": {
                "name": "batch",
                "in": "query",
                "required": false,
                "description": "Concurrent sequences, or `max`.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "32",
                    "max"
                  ]
                }
              },
              "fit.max-sequences": {
                "name": "max-sequences",
                "in": "query",
                "required": false,
                "description": "With batch=max: most sequences per replica.",
                "schema": {
                  "type": "integer",
                  "minimum": 1
                }
              },
              "fit.weights": {
                "name": "weights",
                "in": "query",
                "required": false,
                "description": "Weight format.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "checkpoint",
                    "bf16",
                    "fp16",
                    "fp32",
                    "fp8",
                    "fp8-block",
                    "int8",
                    "int4",
                    "mxfp4",
                    "nvfp4"
                  ]
                }
              },
              "fit.kv": {
                "name": "kv",
                "in": "query",
                "required": false,
                "description": "KV-cache precision.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "checkpoint",
                    "bf16",
                    "fp16",
                    "fp8",
                    "int8"
                  ]
                }
              },
              "fit.memory-utilization": {
                "name": "memory-utilization",
                "in": "query",
                "required": false,
                "description": "Fraction of module memory the engine may use.",
                "schema": {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1
                }
              },
              "fit.max-ttft": {
                "name": "max-ttft",
                "in": "query",
                "required": false,
                "description": "Target: longest time to first token.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "2s",
                    "500ms"
                  ]
                }
              },
              "fit.min-tokens-per-second-per-user": {
                "name": "min-tokens-per-second-per-user",
                "in": "query",
                "required": false,
                "description": "Target: slowest generation per user, tokens/s.",
                "schema": {
                  "type": "number",
                  "exclusiveMinimum": 0
                }
              },
              "fit.max-tpot": {
                "name": "max-tpot",
                "in": "query",
                "required": false,
                "description": "Target: longest time per output token (= 1 / min-tokens-per-second-per-user; giving both is a 400).",
                "schema": {
                  "type": "string",
                  "examples": [
                    "40ms",
                    "0.2s"
                  ]
                }
              },
              "fit.scenario": {
                "name": "scenario",
                "in": "query",
                "required": false,
                "description": "MLPerf scenario preset: the benchmark's p99 TTFT/TPOT limits (Llama-2-70B's for other models); with limits the concurrency and Poisson load are searched for the most throughput that meets them.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "offline",
                    "server",
                    "interactive"
                  ]
                }
              },
              "fit.objective": {
                "name": "objective",
                "in": "query",
                "required": false,
                "description": "Which entry of each chip's Pareto front over server sizes (1, 2, 4, 8 … modules inside the scale-up domain, then whole nodes, doubling) is its answer: the fewest modules (default), the most output tokens per second per module, or the shortest time per output token. Every result carries the front as `front`.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "min-modules",
                    "throughput-per-module",
                    "latency"
                  ]
                }
              },
              "fit.train": {
                "name": "train",
                "in": "query",
                "required": false,
                "description": "Size a training run instead of serving (needs `tokens`).",
                "schema": {
                  "type": "boolean"
                }
              },
              "fit.tokens": {
                "name": "tokens",
                "in": "query",
                "required": false,
                "description": "Training tokens.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "15.6T"
                  ]
                }
              },
              "fit.days": {
                "name": "days",
                "in": "query",
                "required": false,
                "description": "Target training duration in days.",
                "schema": {
                  "type": "number",
                  "exclusiveMinimum": 0
                }
              },
              "fit.optimizer": {
                "name": "optimizer",
                "in": "query",
                "required": false,
                "description": "Optimizer.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "adamw",
                    "sgd",
                    "adafactor"
                  ]
                }
              },
              "fit.zero": {
                "name": "zero",
                "in": "query",
                "required": false,
                "description": "ZeRO stage.",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 3
                }
              },
              "fit.recompute": {
                "name": "recompute",
                "in": "query",
                "required": false,
                "description": "Activation recompute.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "none",
                    "selective",
                    "full"
                  ]
                }
              },
              "fit.mixed-precision": {
                "name": "mixed-precision",
                "in": "query",
                "required": false,
                "description": "Matrix precision.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "bf16",
                    "fp8"
                  ]
                }
              },
              "fit.mfu": {
                "name": "mfu",
                "in": "query",
                "required": false,
                "description": "Model FLOPs utilisation to assume.",
                "schema": {
                  "type": "number",
                  "exclusiveMinimum": 0,
                  "maximum": 1
                }
              },
              "fit.sequence-length": {
                "name": "sequence-length",
                "in": "query",
                "required": false,
                "description": "Tokens per training sequence (default 4096).",
                "schema": {
                  "type": "string",
                  "examples": [
                    "2048",
                    "2k"
                  ]
                }
              },
              "fit.micro-batch": {
                "name": "micro-batch",
                "in": "query",
                "required": false,
                "description": "Sequences per micro-batch per data-parallel rank.",
                "schema": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "Strong entity tag of the body.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              "CacheControl": {
                "description": "`no-cache`: keep, but revalidate with `If-None-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              "RetryAfter": {
                "description": "Seconds to wait before retrying.",
                "required": true,
                "schema": {
                  "type": "string",
                  "pattern": "^[0-9]+$"
                }
              }
            },
            "schemas": {
              "Error": {
                "type": "object",
                "required": [
                  "error"
                ],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": [
                      "code",
                      "message"
                    ],
                    "properties": {
                      "code": {
                        "type": "string",
                        "enum": [
                          "invalid_parameter",
                          "not_found",
                          "ambiguous",
                          "unanswerable",
                          "invalid_body",
                          "method_not_allowed",
                          "payload_too_large",
                          "request_timeout",
                          "unsupported_media_type",
                          "not_acceptable",
                          "overloaded",
                          "not_ready",
                          "internal"
                        ]
                      },
                      "message": {
                        "type": "string"
                      },
                      "parameter": {
                        "type": "string"
                      },
                      "suggestions": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "line": {
                        "type": "integer",
                        "minimum": 1
                      },
                      "column": {
                        "type": "integer",
                        "minimum": 1
                      }
                    }
                  }
                }
              },
              "Health": {
                "type": "object",
                "required": [
                  "status",
                  "revision",
                  "accelerators",
                  "models",
                  "specs"
                ],
                "properties": {
                  "status": {
                    "const": "ok"
                  },
                  "revision": {
                    "type": "string"
                  },
                  "accelerators": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "models": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "specs": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "Accelerator": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "vendor"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "vendor": {
                    "type": "string"
                  }
                }
              },
              "Model": {
                "type": "object",
                "required": [
                  "id",
                  "name"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  }
                }
              },
              "Spec": {
                "type": "object",
                "required": [
                  "id",
                  "name"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  }
                }
              },
              "Fit": {
                "type": "object",
                "required": [
                  "model",
                  "workload",
                  "results",
                  "defaults"
                ],
                "properties": {
                  "model": {
                    "type": "object"
                  },
                  "workload": {
                    "type": "object"
                  },
                  "results": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "evidence_tier": {
                          "description": "How far the verdict can be trusted: the weakest tier among the figures it used, `assumed` (ranked below `third-party`) when it rests on a solver default, a reading of a silent descriptor or an `assume`; null when nothing was sized.",
                          "enum": [
                            "assumed",
                            "third-party",
                            "press",
                            "measured",
                            "vendor",
                            null
                          ]
                        },
                        "stated_evidence_tier": {
                          "description": "The weakest tier among the registry and adapter figures used (never `assumed`).",
                          "enum": [
                            "third-party",
                            "press",
                            "measured",
                            "vendor",
                            null
                          ]
                        },
                        "assumptions": {
                          "description": "What the verdict rests on besides stated figures: defaults by name, readings of silent descriptor fields, `--assume TEXT` for each assumed figure used.",
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "assumed_figures": {
                          "description": "What each `assume` did on this module.",
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "assume",
                              "figure",
                              "value",
                              "unit",
                              "filled",
                              "used"
                            ],
                            "properties": {
                              "assume": {
                                "type": "string",
                                "description": "The assumption as written."
                              },
                              "figure": {
                                "type": "string",
                                "description": "The descriptor path it fills (`peak_dense.int8`)."
                              },
                              "value": {
                                "type": [
                                  "number",
                                  "null"
                                ],
                                "description": "The assumed value per module in `unit`; null when it was not used."
                              },
                              "unit": {
                                "type": "string",
                                "description": "SI base unit: FLOP/s, OP/s, B/s, B or W."
                              },
                              "basis": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "description": "How a ratio was worked out (`2 × peak_dense.fp16 96 TFLOPS`)."
                              },
                              "filled": {
                                "type": "boolean",
                                "description": "It filled a figure the module leaves unknown."
                              },
                              "used": {
                                "type": "boolean",
                                "description": "The verdict rests on it."
                              },
                              "not_used_because": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "description": "Why it was left alone: the module states the figure (the stated value is kept), or a ratio's base is unknown too."
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "defaults": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  }
                }
              },
              "Diagnostic": {
                "type": "object",
                "required": [
                  "file",
                  "line",
                  "column",
                  "end_line",
                  "end_column",
                  "severity",
                  "rule",
                  "message",
                  "fix"
                ],
                "properties": {
                  "file": {
                    "type": "string",
                    "description": "The registry path given, or `descriptor.yaml` without one."
                  },
                  "line": {
                    "type": "integer"
                  },
                  "column": {
                    "type": "integer",
                    "description": "Unicode code points from the line start, 1-based."
                  },
                  "end_line": {
                    "type": "integer"
                  },
                  "end_column": {
                    "type": "integer"
                  },
                  "severity": {
                    "type": "string",
                    "enum": [
                      "error",
                      "warning"
                    ]
                  },
                  "rule": {
                    "type": "string",
                    "description": "Rule id (`oam rules`, Docs/rules.md)."
                  },
                  "message": {
                    "type": "string"
                  },
                  "fix": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "ValidationReport": {
                "type": "object",
                "required": [
                  "files_checked",
                  "errors",
                  "warnings",
                  "omitted",
                  "diagnostics",
                  "location"
                ],
                "properties": {
                  "files_checked": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "errors": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "warnings": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "omitted": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Findings counted but not listed (at most 100 per file)."
                  },
                  "diagnostics": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Diagnostic"
                    }
                  },
                  "location": {
                    "type": "object",
                    "required": [
                      "path",
                      "skipped_rules"
                    ],
                    "properties": {
                      "path": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "The `path` the file was checked at; null without one."
                      },
                      "skipped_rules": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Ids of the rules not run because no path was given."
                      }
                    }
                  }
                }
              },
              "SarifLog": {
                "type": "object",
                "required": [
                  "version",
                  "runs"
                ],
                "description": "SARIF 2.1.0, as `oam validate --format sarif` writes it; `runs[0].properties.location` is the JSON answer's `location`.",
                "properties": {
                  "version": {
                    "const": "2.1.0"
                  },
                  "runs": {
                    "type": "array",
                    "items": {
                      "type": "object"
                    }
                  }
                }
              },
              "Adapter": {
                "type": "object",
                "required": [
                  "kind",
                  "id",
                  "modules",
                  "examples",
                  "path",
                  "shadowed",
                  "problem"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "in-tree",
                      "out-of-tree"
                    ]
                  },
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "version": {
                    "type": "string"
                  },
                  "protocolVersions": {
                    "type": "array",
                    "items": {
                      "type": "integer"
                    }
                  },
                  "vendors": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "pciVendorIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "stack": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The software stack the adapter reports for; null when it names none."
                  },
                  "tools": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "modules": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Registry ids the adapter covers."
                  },
                  "examples": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "path": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The executable (out of tree)."
                  },
                  "shadowed": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "problem": {
                    "oneOf": [
                      {
                        "type": "null"
                      },
                      {
                        "type": "object",
                        "required": [
                          "kind",
                          "message"
                        ],
                        "properties": {
                          "kind": {
                            "type": "string"
                          },
                          "message": {
                            "type": "string"
                          }
                        }
                      }
                    ]
                  }
                }
              },
              "ExportBundle": {
                "type": "object",
                "required": [
                  "format",
                  "schema_version",
                  "registry_revision",
                  "units",
                  "counts",
                  "descriptors"
                ],
                "description": "`oam export --format json`: bundle schema version, the registry's git revision, and every descriptor as figures in SI base units with tier and sources.",
                "properties": {
                  "format": {
                    "type": "string"
                  },
                  "schema_version": {
                    "type": "integer"
                  },
                  "registry_revision": {
                    "type": "string"
                  },
                  "generator": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "units": {
                    "type": "object"
                  },
                  "counts": {
                    "type": "object"
                  },
                  "descriptors": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "id",
                        "kind",
                        "file",
                        "figures"
                      ]
                    }
                  }
                }
              }
            },
            "responses": {
              "FitResult": {
                "description": "One result per chip, best first, with the reasons in numbers.",
                "headers": {
                  "ETag": {
                    "$ref": "#/components/headers/ETag"
                  },
                  "Cache-Control": {
                    "$ref": "#/components/headers/CacheControl"
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Fit"
                    }
                  }
                }
              },
              "FitUnprocessable": {
                "description": "The model's shape cannot be sized.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "Unavailable": {
                "description": "Too many requests at once, or over the time bound: retry after `Retry-After` seconds.",
                "headers": {
                  "Retry-After": {
                    "$ref": "#/components/headers/RetryAfter"
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "NotModified": {
                "description": "Not modified: the `If-None-Match` entity tag is current.",
                "headers": {
                  "ETag": {
                    "$ref": "#/components/headers/ETag"
                  },
                  "Cache-Control": {
                    "$ref": "#/components/headers/CacheControl"
                  }
                }
              },
              "UnknownParameter": {
                "description": "An unknown query parameter.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "BodyTooLarge": {
                "description": "The body is over 1 MiB.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "BodyTimeout": {
                "description": "The body did not arrive in full within the body deadline (`oam serve --body-timeout`, 10 s unless set; `request_timeout`); the connection is closed.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        }
        """#
}
