def unsupported_quotes(answer: str, sources: list[str]) -> list[int]:
    """Indices of quoted spans in `answer` that do not occur (normalised, on word boundaries)
    in the source they cite, or in any source when uncited."""
    raise NotImplementedError
