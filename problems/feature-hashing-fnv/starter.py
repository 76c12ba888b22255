def hash_features(tokens: list[str], n_buckets: int) -> list[float]:
    """Signed feature-hashing vector of length n_buckets using 32-bit FNV-1a."""
    raise NotImplementedError
