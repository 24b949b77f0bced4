import { SseParser } from './sse-parser';

describe(SseParser.name, () => {
  it('given a message split across chunks, then it is emitted once its blank line arrives', () => {
    const sut = new SseParser();
    expect(sut.push('id: e1\nevent: fe')).toEqual([]);
    expect(sut.push('ed\ndata: {"a":1}\n')).toEqual([]);
    expect(sut.push('\n')).toEqual([{ id: 'e1', event: 'feed', data: '{"a":1}' }]);
  });

  it('given comments, retry hints and CRLF line ends, then only data messages come out', () => {
    const sut = new SseParser();
    const messages = sut.push('retry: 2000\r\n\r\n: keep-alive\r\n\r\ndata: one\r\ndata: two\r\n\r\n');
    expect(messages).toEqual([{ event: 'message', data: 'one\ntwo', id: undefined }]);
  });
});
