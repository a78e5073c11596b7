"""The platform bridge: real platforms (TikTok LIVE, Shopify, captures of them) turned into Studio Feed Protocol v1."""
