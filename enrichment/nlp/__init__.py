"""Understanding on CPU: sentence embeddings, sentiment, buyer intent (see ``analyze.analyze_texts``)."""
