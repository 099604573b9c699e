"""Balance measurements: many seeded games played out, their results streamed and tallied.

``games`` plays one game and sums it up as small plain data; ``pool`` spreads games over
processes; ``tally`` aggregates results one game at a time; ``text`` and ``report`` print and
draw the tally; ``strategies`` pits scripted players against the AI. Nothing here changes a
rule: it only plays the engine through its public API and counts.
"""
