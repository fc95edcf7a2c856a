import gzip, json, re, collections
cnt = collections.Counter()
harakat = re.compile('[\u064B-\u065F\u0670\u0640]')
for i, line in enumerate(gzip.open('/work/shared/data/ant/ant-v2.1.jsonl.gz','rt')):
    d = json.loads(line)
    t = harakat.sub('', d['title'] + ' ' + d['text'])
    t = re.sub('[أإآٱ]', 'ا', t).replace('ى','ي').replace('ة','ه')
    for w in re.findall('[\u0621-\u064A]+', t): cnt[w]+=1
print('types', len(cnt), 'tokens', sum(cnt.values()))
for ch, rep in (('ؤ','و'),('ئ','ي')):
    types = [w for w in cnt if ch in w]
    tok = sum(cnt[w] for w in types)
    merged = [(w, w.replace(ch,rep)) for w in types if w.replace(ch,rep) in cnt]
    mtok = sum(cnt[b] for a,b in merged)
    print(ch, 'types', len(types), 'tokens', tok, 'variant attested', len(merged), 'variant tokens', mtok)
    merged.sort(key=lambda p: -(cnt[p[1]]))
    print([(a,cnt[a],b,cnt[b]) for a,b in merged[:40]])
