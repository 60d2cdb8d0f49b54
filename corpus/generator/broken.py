FILES = []
