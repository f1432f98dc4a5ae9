"""The HTTP API: marshmallow schemas, flask-smorest blueprints and problem+json errors."""
